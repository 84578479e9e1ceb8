package org.manhal.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.manhal.common.Violation;

/**
 * Checks an area to count wells in, before any work: a Polygon or MultiPolygon, at most
 * {@link #MAX_VERTICES} vertices, every coordinate a longitude in [-180, 180] and a latitude in
 * [-90, 90] (EPSG:4326 degrees), and valid in the OGC sense as JTS {@link IsValidOp} judges it
 * (closed, simple rings; holes inside their shell; parts not overlapping). An invalid area is
 * refused with JTS's error and the coordinate where it lies, never repaired: a repair could count
 * other wells than the person meant.
 */
public final class CountAreaValidator {

    /**
     * The most vertices an area may have, all rings together. The latency target (50 ms on 1M
     * wells) is set for 20,000 vertices, more than a detailed wilayat outline (under 2,000 here) or a
     * basin traced at 1:50,000; a bigger polygon should be simplified by the client first.
     */
    public static final int MAX_VERTICES = 20_000;

    /** A stable code and the Arabic wording for each kind of JTS validation error. */
    private record ErrorText(String code, String ar) {
    }

    private static final Map<Integer, ErrorText> ERRORS = Map.of(
            TopologyValidationError.SELF_INTERSECTION, new ErrorText("SELF_INTERSECTION", "تتقاطع حدود المضلع مع نفسها"),
            TopologyValidationError.RING_SELF_INTERSECTION, new ErrorText("RING_SELF_INTERSECTION", "تتقاطع حلقة من المضلع مع نفسها"),
            TopologyValidationError.HOLE_OUTSIDE_SHELL, new ErrorText("HOLE_OUTSIDE_SHELL", "فتحة تقع خارج حدود المضلع"),
            TopologyValidationError.NESTED_HOLES, new ErrorText("NESTED_HOLES", "فتحة داخل فتحة أخرى"),
            TopologyValidationError.DISCONNECTED_INTERIOR, new ErrorText("DISCONNECTED_INTERIOR", "الفتحات تقسم داخل المضلع إلى أجزاء منفصلة"),
            TopologyValidationError.NESTED_SHELLS, new ErrorText("NESTED_SHELLS", "جزء من المضلع المتعدد يقع داخل جزء آخر أو يتداخل معه"),
            TopologyValidationError.DUPLICATE_RINGS, new ErrorText("DUPLICATE_RINGS", "حلقتان متطابقتان"),
            TopologyValidationError.TOO_FEW_POINTS, new ErrorText("TOO_FEW_POINTS", "حلقة فيها أقل من أربع نقاط مختلفة"),
            TopologyValidationError.INVALID_COORDINATE, new ErrorText("INVALID_COORDINATE", "إحداثي غير صالح"),
            TopologyValidationError.RING_NOT_CLOSED, new ErrorText("RING_NOT_CLOSED", "حلقة غير مغلقة: آخر نقطة يجب أن تساوي الأولى"));

    /** Every problem found, under {@code field}; empty if the area can be counted in. */
    public List<Violation> validate(Geometry area, String field) {
        List<Violation> violations = new ArrayList<>();
        if (!(area instanceof Polygon) && !(area instanceof MultiPolygon)) {
            violations.add(Violation.of(field, "NOT_A_POLYGON",
                    "منطقة العد يجب أن تكون مضلعاً (Polygon أو MultiPolygon)، وليس " + area.getGeometryType() + ".",
                    "The area to count in must be a Polygon or MultiPolygon, not " + area.getGeometryType() + "."));
            return violations;
        }
        if (area.getNumPoints() > MAX_VERTICES) {
            violations.add(Violation.of(field, "TOO_MANY_VERTICES",
                    "للمضلع " + area.getNumPoints() + " رأساً، والحد الأقصى " + MAX_VERTICES + ": بسّطه ثم أعد المحاولة.",
                    "The polygon has " + area.getNumPoints() + " vertices; at most " + MAX_VERTICES
                            + " are allowed: simplify it and try again."));
            return violations;
        }
        Coordinate outside = firstOutsideLonLat(area);
        if (outside != null) {
            violations.add(Violation.of(field, "NOT_LON_LAT",
                    "الإحداثي " + show(outside) + " خارج نطاق خطوط الطول [-180، 180] ودوائر العرض [-90، 90]: أرسل خط الطول ثم دائرة العرض بالدرجات (WGS 84).",
                    "The coordinate " + show(outside) + " is outside longitude [-180, 180] / latitude [-90, 90]: send longitude, latitude in degrees (WGS 84)."));
            return violations;
        }
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            violations.add(invalid(field, error));
        }
        return violations;
    }

    private static Violation invalid(String field, TopologyValidationError error) {
        String where = error.getCoordinate() == null ? "" : " at " + show(error.getCoordinate());
        String whereAr = error.getCoordinate() == null ? "" : " عند " + show(error.getCoordinate());
        ErrorText text = ERRORS.getOrDefault(error.getErrorType(), new ErrorText("INVALID_POLYGON", "خطأ في بنية المضلع"));
        return Violation.of(field, text.code(),
                "المضلع غير صالح: " + text.ar() + whereAr + ".",
                "The polygon is invalid: " + error.getMessage() + where + ".");
    }

    private static Coordinate firstOutsideLonLat(Geometry area) {
        for (Coordinate c : area.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180) || !(Math.abs(c.y) <= 90)) {
                return c;
            }
        }
        return null;
    }

    private static String show(Coordinate c) {
        return String.format(Locale.ROOT, "[%s, %s]", plain(c.x), plain(c.y));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
