package org.manhal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Reference-layer fixtures for spacing tests: features and zones a test inserts at a spot of its
 * own and removes afterwards, and points at exact geodesic distances (GeographicLib, WGS 84).
 * The test database keeps what earlier runs and other tests wrote, so spots come from an empty
 * desert region (northern Dhofar interior, where only a few synthetic wells are), and a spot is
 * only used when nothing (no current well, feature or zone) lies in the box the test needs.
 */
public final class SpacingFixtures {

    private final JdbcClient jdbc;
    private final List<Long> features = new ArrayList<>();
    private final List<Long> zones = new ArrayList<>();

    public SpacingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A random spot in Oman's northern Dhofar desert (53.2–54.8° E, 18.7–19.5° N) with nothing within
     * ±0.05° (about 5.5 km, more than the longest default rule, 3.5 km).
     */
    public double[] freeSpot() {
        return freeSpot(0.05, 0.05);
    }

    /** As {@link #freeSpot()}, with nothing from 0.05° west of it to {@code east}° east, ±{@code north}°. */
    public double[] freeSpot(double east, double north) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            double[] spot = {53.2 + r.nextDouble() * 1.6, 18.7 + r.nextDouble() * 0.8};
            if (isFree(spot[0] - 0.05, spot[1] - north, spot[0] + east, spot[1] + north, spot)) {
                return spot;
            }
        }
        throw new IllegalStateException("no free spot found in northern Dhofar");
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

    /** Inserts a protected feature (WKT in EPSG:4326), real data; removed by {@link #removeAll()}. */
    public long feature(String kind, String name, String wkt) {
        return feature(kind, name, wkt, false);
    }

    /** Inserts a protected feature flagged as sample data ({@code is_sample}); removed by {@link #removeAll()}. */
    public long sampleFeature(String kind, String name, String wkt) {
        return feature(kind, name, wkt, true);
    }

    private long feature(String kind, String name, String wkt, boolean sample) {
        long id = jdbc.sql("""
                insert into protected_feature (kind, name_en, name_ar, geom, is_sample, source)
                values (?, ?, ?, ST_GeomFromText(?, 4326), ?, 'test fixture') returning id""")
                .params(kind, name, name + " (ع)", wkt, sample).query(Long.class).single();
        features.add(id);
        return id;
    }

    /** Inserts a restricted zone (polygon WKT in EPSG:4326), real data; removed by {@link #removeAll()}. */
    public long zone(String kind, String name, String wkt) {
        return zone(kind, name, wkt, false);
    }

    /** Inserts a restricted zone flagged as sample data; removed by {@link #removeAll()}. */
    public long sampleZone(String kind, String name, String wkt) {
        return zone(kind, name, wkt, true);
    }

    private long zone(String kind, String name, String wkt, boolean sample) {
        long id = jdbc.sql("""
                insert into restricted_zone (kind, name_en, name_ar, geom, is_sample, source)
                values (?, ?, ?, ST_Multi(ST_GeomFromText(?, 4326)), ?, 'test fixture') returning id""")
                .params(kind, name, name + " (ع)", wkt, sample).query(Long.class).single();
        zones.add(id);
        return id;
    }

    /** Soft-deletes wells a test registered, so that later runs find the spot free again. */
    public void deleteWells(String where, Object... params) {
        jdbc.sql("update well set deleted_at = now(), deletion_reason = 'spacing test cleanup', version = version + 1"
                + " where deleted_at is null and " + where).params(params).update();
    }

    public void removeAll() {
        features.forEach(id -> jdbc.sql("delete from protected_feature where id = ?").param(id).update());
        zones.forEach(id -> jdbc.sql("delete from restricted_zone where id = ?").param(id).update());
        features.clear();
        zones.clear();
    }

    /** The point {@code metres} from (lon, lat) along the azimuth in degrees, on WGS 84: {lon, lat}. */
    public static double[] at(double lon, double lat, double azimuth, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azimuth, metres);
        return new double[] {d.lon2, d.lat2};
    }

    /** A random azimuth in degrees. */
    public static double anyAzimuth() {
        return ThreadLocalRandom.current().nextDouble(0, 360);
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
