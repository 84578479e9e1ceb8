package org.manhal.crs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.manhal.common.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns a location given in one of the {@link InputCrs} into WGS 84 lon/lat ({@link Crs#WGS84_SRID}). The
 * datum shift and projection are PostGIS's {@code ST_Transform} (PROJ, with EPSG's transformation
 * for PSD93 → WGS 84, EPSG:1439, about ±0.5 m), so that the service and SQL agree to the
 * millimetre. Checked against control points computed with PROJ's cs2cs and, for UTM, against the
 * meridian arc from GeographicLib.
 */
@Service
public class Reprojection {

    /** UTM eastings stay within 100–900 km of the false origin in any zone's own area. */
    private static final double MIN_EASTING = 100_000;
    private static final double MAX_EASTING = 900_000;
    /** Oman spans about 16.6°N to 26.6°N: northings 1.83–2.95 million metres, with margin. */
    private static final double MIN_NORTHING = 1_700_000;
    private static final double MAX_NORTHING = 3_100_000;

    private final JdbcClient jdbc;

    public Reprojection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lon/lat point of a location as typed: {@code coordinates} in the CRS named {@code crsName}
     * ({@code EPSG:32640}, ...); problems go to {@code violations} under {@code field}
     * ({@code field.crs}, {@code field.coordinates}) and the answer is then empty.
     */
    public Optional<Point> toWgs84(String crsName, String coordinates, String field, List<Violation> violations) {
        Optional<InputCrs> crs = InputCrs.byName(crsName);
        if (crs.isEmpty()) {
            violations.add(unsupported(crsName, field + ".crs"));
            return Optional.empty();
        }
        Optional<double[]> xy = CoordinateText.parse(coordinates);
        if (xy.isEmpty()) {
            violations.add(Violation.of(field + ".coordinates", "UNREADABLE_COORDINATES",
                    "تعذرت قراءة الإحداثيات «" + coordinates + "»: اكتب رقمين (الشرقي ثم الشمالي، أو خط الطول ثم دائرة العرض) أو درجات ودقائق وثوانٍ مع N/E.",
                    "Could not read the coordinates '" + coordinates + "': write two numbers (easting then northing, or longitude then latitude) or degrees-minutes-seconds with N/E."));
            return Optional.empty();
        }
        double x = xy.get()[0];
        double y = xy.get()[1];
        if (crs.get().isProjected() && !plausibleUtm(x, y, field, crs.get(), violations)) {
            return Optional.empty();
        }
        return Optional.of(crs.get().isProjected() ? transform(x, y, crs.get()) : Crs.WGS84.createPoint(new Coordinate(x, y)));
    }

    private boolean plausibleUtm(double x, double y, String field, InputCrs crs, List<Violation> violations) {
        if (x >= MIN_EASTING && x <= MAX_EASTING && y >= MIN_NORTHING && y <= MAX_NORTHING) {
            return true;
        }
        boolean swapped = y >= MIN_EASTING && y <= MAX_EASTING && x >= MIN_NORTHING && x <= MAX_NORTHING;
        String xs = fmt(x);
        String ys = fmt(y);
        violations.add(swapped
                ? Violation.of(field + ".coordinates", "EASTING_NORTHING_SWAPPED",
                        "يبدو أن الإحداثي الشرقي والشمالي مبدلان (" + xs + "، " + ys + "): اكتب الشرقي أولاً ثم الشمالي.",
                        "Easting and northing look swapped (" + xs + ", " + ys + "): write the easting first, then the northing.")
                : Violation.of(field + ".coordinates", "OUTSIDE_CRS_AREA",
                        "الإحداثيات (" + xs + "، " + ys + ") لا تقع في عُمان ضمن " + crs.ar() + ": الشرقي بين 100000 و900000 م والشمالي بين 1700000 و3100000 م.",
                        "The coordinates (" + xs + ", " + ys + ") do not fall in Oman in " + crs.en() + ": easting 100,000–900,000 m, northing 1,700,000–3,100,000 m."));
        return false;
    }

    private Point transform(double x, double y, InputCrs crs) {
        double[] lonLat = jdbc.sql("""
                select ST_X(p), ST_Y(p) from (select ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), ?), ?) as p) t""")
                .params(x, y, crs.epsg(), Crs.WGS84_SRID)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        return Crs.WGS84.createPoint(new Coordinate(lonLat[0], lonLat[1]));
    }

    private static Violation unsupported(String name, String field) {
        String accepted = Arrays.stream(InputCrs.values()).map(InputCrs::code).collect(Collectors.joining(", "));
        return Violation.of(field, "UNSUPPORTED_CRS",
                "نظام الإحداثيات «" + name + "» غير مقبول. المقبول: " + accepted + ".",
                "The coordinate reference system '" + name + "' is not accepted. Accepted: " + accepted + ".");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
