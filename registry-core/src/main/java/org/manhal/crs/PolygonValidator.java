package org.manhal.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.manhal.common.Violation;

/**
 * Checks a polygon a client sends (an area to count in, to export from, ...) before any work, and
 * is the one place of its error codes and messages: a Polygon or MultiPolygon, at most
 * {@link PolygonPurpose#maxVertices()} vertices, every coordinate a longitude in [-180, 180] and
 * a latitude in [-90, 90] (WGS 84 degrees), and valid in the OGC sense as JTS {@link IsValidOp}
 * judges it (closed, simple rings; holes inside their shell; parts not overlapping). An invalid
 * polygon is refused with JTS's error and the coordinate where it lies, never repaired: a repair
 * could select other wells than the person meant.
 */
public final class PolygonValidator {

    /** The code of a ring with fewer than four positions. */
    public static final String TOO_FEW_POINTS = "TOO_FEW_POINTS";
    /** The code of a ring whose last position is not its first. */
    public static final String RING_NOT_CLOSED = "RING_NOT_CLOSED";

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
            TopologyValidationError.TOO_FEW_POINTS, new ErrorText(TOO_FEW_POINTS, "حلقة فيها أقل من أربع نقاط مختلفة"),
            TopologyValidationError.INVALID_COORDINATE, new ErrorText("INVALID_COORDINATE", "إحداثي غير صالح"),
            TopologyValidationError.RING_NOT_CLOSED, new ErrorText(RING_NOT_CLOSED, "حلقة غير مغلقة: آخر نقطة يجب أن تساوي الأولى"));

    private PolygonValidator() {
    }

    /** Every problem found, under {@code field}; empty if the polygon may be used for {@code purpose}. */
    public static List<Violation> validate(Geometry polygon, String field, PolygonPurpose purpose) {
        List<Violation> violations = new ArrayList<>();
        if (!(polygon instanceof Polygon) && !(polygon instanceof MultiPolygon)) {
            violations.add(notAPolygon(field, polygon.getGeometryType(), purpose));
            return violations;
        }
        if (polygon.getNumPoints() > purpose.maxVertices()) {
            violations.add(tooManyVertices(field, purpose));
            return violations;
        }
        Coordinate outside = firstOutsideLonLat(polygon);
        if (outside != null) {
            violations.add(Violation.of(field, "NOT_LON_LAT",
                    "الإحداثي " + show(outside) + " خارج نطاق خطوط الطول [-180، 180] ودوائر العرض [-90، 90]: أرسل خط الطول ثم دائرة العرض بالدرجات (WGS 84).",
                    "The coordinate " + show(outside) + " is outside longitude [-180, 180] / latitude [-90, 90]: send longitude, latitude in degrees (WGS 84)."));
            return violations;
        }
        topology(polygon, field).ifPresent(violations::add);
        return violations;
    }

    /**
     * JTS's validity error of a Polygon or MultiPolygon in any CRS (a projected one too: its
     * coordinates are not checked as lon/lat), with its code and the coordinate where it lies, in
     * the polygon's own CRS; empty if the polygon is valid.
     */
    public static Optional<Violation> topology(Geometry polygon, String field) {
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        return error == null ? Optional.empty() : Optional.of(invalid(field, error));
    }

    /** {@code NOT_A_POLYGON}: the geometry (of type {@code type}) is no Polygon or MultiPolygon. */
    public static Violation notAPolygon(String field, String type, PolygonPurpose purpose) {
        return Violation.of(field, "NOT_A_POLYGON",
                purpose.ar() + " يجب أن تكون مضلعاً (Polygon أو MultiPolygon)، وليس " + type + ".",
                capitalized(purpose.en()) + " must be a Polygon or MultiPolygon, not " + type + ".");
    }

    /** {@code TOO_MANY_VERTICES}: more than the purpose's limit. */
    public static Violation tooManyVertices(String field, PolygonPurpose purpose) {
        int max = purpose.maxVertices();
        return Violation.of(field, "TOO_MANY_VERTICES",
                "للمضلع أكثر من " + max + " رأس، وهو الحد الأقصى لـ" + purpose.ar() + ": بسّطه ثم أعد المحاولة.",
                "The polygon has more than " + max + " vertices, the most allowed for " + purpose.en()
                        + ": simplify it and try again.");
    }

    /** {@code TOO_FEW_POINTS}: a ring of {@code positions} positions, fewer than four. */
    public static Violation tooFewPoints(String field, int positions) {
        return Violation.of(field, TOO_FEW_POINTS,
                "الحلقة فيها " + positions + " نقاط، وأقل الحلقة أربع نقاط آخرها يساوي أولها.",
                "The ring has " + positions + " positions; a ring needs at least four, the last equal to the first.");
    }

    /** {@code RING_NOT_CLOSED}: a ring ending at {@code last} instead of its {@code first} position. */
    public static Violation ringNotClosed(String field, Coordinate first, Coordinate last) {
        return Violation.of(field, RING_NOT_CLOSED,
                "الحلقة غير مغلقة: آخر نقطة " + show(last) + " يجب أن تساوي الأولى " + show(first) + ".",
                "The ring is not closed: its last position " + show(last) + " must equal its first " + show(first) + ".");
    }

    private static Violation invalid(String field, TopologyValidationError error) {
        String where = error.getCoordinate() == null ? "" : " at " + show(error.getCoordinate());
        String whereAr = error.getCoordinate() == null ? "" : " عند " + show(error.getCoordinate());
        ErrorText text = ERRORS.getOrDefault(error.getErrorType(), new ErrorText("INVALID_POLYGON", "خطأ في بنية المضلع"));
        return Violation.of(field, text.code(),
                "المضلع غير صالح: " + text.ar() + whereAr + ".",
                "The polygon is invalid: " + error.getMessage() + where + ".");
    }

    private static Coordinate firstOutsideLonLat(Geometry polygon) {
        for (Coordinate c : polygon.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180) || !(Math.abs(c.y) <= 90)) {
                return c;
            }
        }
        return null;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code [x, y]}, whole numbers without a decimal point. */
    private static String show(Coordinate c) {
        return String.format(Locale.ROOT, "[%s, %s]", plain(c.x), plain(c.y));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
