package org.manhal.support;

import java.util.Locale;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Reference-layer fixtures for spacing tests: features and zones a test inserts at a spot of its
 * own, and points at exact geodesic distances (GeographicLib, WGS 84). Each test class starts from
 * a fresh registry ({@link CleanRegistry}); spots come from a fixed grid in an empty desert region
 * (northern Dhofar interior), in order, and a spot is only used when nothing (no current well,
 * feature or zone: the sample layers, or what an earlier test of the class put there) lies in the
 * box the test needs. The same class therefore gets the same spots on every run.
 */
public final class SpacingFixtures {

    /** The grid: 0.2° × 0.15° apart, wider than any box asked for, over 53.3–54.7° E, 18.8–19.4° N. */
    private static final double WEST = 53.3;
    private static final double SOUTH = 18.8;
    private static final double STEP_EAST = 0.2;
    private static final double STEP_NORTH = 0.15;
    private static final int COLUMNS = 8;
    private static final int ROWS = 5;

    private final JdbcClient jdbc;
    private int next;

    public SpacingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A spot in Oman's northern Dhofar desert with nothing within ±0.05° (about 5.5 km, more than
     * the longest default rule, 3.5 km).
     */
    public double[] freeSpot() {
        return freeSpot(0.05, 0.05);
    }

    /** As {@link #freeSpot()}, with nothing from 0.05° west of it to {@code east}° east, ±{@code north}°. */
    public double[] freeSpot(double east, double north) {
        while (next < COLUMNS * ROWS) {
            int i = next++;
            double[] spot = {WEST + (i % COLUMNS) * STEP_EAST, SOUTH + (i / COLUMNS) * STEP_NORTH};
            if (isFree(spot[0] - 0.05, spot[1] - north, spot[0] + east, spot[1] + north, spot)) {
                return spot;
            }
        }
        throw new IllegalStateException("no free spot left in northern Dhofar for this test");
    }

    private boolean isFree(double minLon, double minLat, double maxLon, double maxLat, double[] spot) {
        double lon = spot[0];
        double lat = spot[1];
        String box = String.format(Locale.ROOT, "ST_MakeEnvelope(%f, %f, %f, %f, 4326)", minLon, minLat, maxLon, maxLat);
        String point = String.format(Locale.ROOT, "ST_SetSRID(ST_MakePoint(%f, %f), 4326)", lon, lat);
        return jdbc.sql("select exists (select 1 from admin_area where level = 'COUNTRY' and ST_Covers(geom, " + point + "))"
                + " and not exists (select 1 from well where deleted_at is null and geom && " + box + ")"
                + " and not exists (select 1 from protected_feature where geom && " + box + ")"
                + " and not exists (select 1 from restricted_zone where geom && " + box + ")").query(Boolean.class).single();
    }

    /** Inserts a protected feature (WKT in EPSG:4326), real data; it stays until the next class's reset. */
    public long feature(String kind, String name, String wkt) {
        return feature(kind, name, wkt, false);
    }

    /** Inserts a protected feature flagged as sample data ({@code is_sample}). */
    public long sampleFeature(String kind, String name, String wkt) {
        return feature(kind, name, wkt, true);
    }

    private long feature(String kind, String name, String wkt, boolean sample) {
        return jdbc.sql("""
                insert into protected_feature (kind, name_en, name_ar, geom, is_sample, source)
                values (?, ?, ?, ST_GeomFromText(?, 4326), ?, 'test fixture') returning id""")
                .params(kind, name, name + " (ع)", wkt, sample).query(Long.class).single();
    }

    /** Inserts a restricted zone (polygon WKT in EPSG:4326), real data; it stays until the next class's reset. */
    public long zone(String kind, String name, String wkt) {
        return zone(kind, name, wkt, false);
    }

    /** Inserts a restricted zone flagged as sample data. */
    public long sampleZone(String kind, String name, String wkt) {
        return zone(kind, name, wkt, true);
    }

    private long zone(String kind, String name, String wkt, boolean sample) {
        return jdbc.sql("""
                insert into restricted_zone (kind, name_en, name_ar, geom, is_sample, source)
                values (?, ?, ?, ST_Multi(ST_GeomFromText(?, 4326)), ?, 'test fixture') returning id""")
                .params(kind, name, name + " (ع)", wkt, sample).query(Long.class).single();
    }

    /** The point {@code metres} from (lon, lat) along the azimuth in degrees, on WGS 84: {lon, lat}. */
    public static double[] at(double lon, double lat, double azimuth, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azimuth, metres);
        return new double[] {d.lon2, d.lat2};
    }

    /** A random azimuth in degrees, from the test's seeded random ({@link TestSeed}). */
    public static double anyAzimuth(SplittableRandom random) {
        return random.nextDouble(0, 360);
    }

    /** WKT of a point, full double precision. */
    public static String pointWkt(double[] p) {
        return "POINT(" + p[0] + " " + p[1] + ")";
    }

    /** A spacing check request; coordinates in full double precision (7 decimals would move a point ~1 cm). */
    public static String request(double[] p, String type, String use, Double yield) {
        return "{\"location\":{\"type\":\"Point\",\"coordinates\":[" + p[0] + "," + p[1] + "]},"
                + "\"applicationType\":\"" + type + "\",\"use\":\"" + use + "\""
                + (yield == null ? "" : ",\"yieldM3PerDay\":" + yield) + "}";
    }
}
