package org.manhal.api.zoning;

import org.manhal.zoning.ZoneRules;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plots, zones and zone rules written straight into the tables, with geometries drawn in UTM
 * metres (so that the expected setbacks and areas are exact by construction) and stored in
 * lon/lat, as the cadastre would deliver them. Public for the map's browser tests (org.manhal.api.ui) and the permit tests.
 */
public final class ZoningFixtures {

    public static final int UTM40 = 32640;
    public static final int UTM39 = 32639;

    private final JdbcClient jdbc;
    private final ZoneRules rules;
    public final String wilayat;

    public ZoningFixtures(JdbcClient jdbc, ZoneRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.wilayat = jdbc.sql("select code from admin_area where level = 'WILAYAT' order by code limit 1")
                .query(String.class).single();
    }

    /** A rectangle in UTM metres, offsets from (e0, n0), as WKT. */
    public static String rect(double e0, double n0, double x1, double y1, double x2, double y2) {
        return "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(
                e0 + x1, n0 + y1, e0 + x2, n0 + y1, e0 + x2, n0 + y2, e0 + x1, n0 + y2, e0 + x1, n0 + y1);
    }

    /** The WKT geometry drawn in {@code srid} as a GeoJSON geometry in lon/lat, 15 decimals. */
    public String geoJson(String wkt, int srid) {
        return jdbc.sql("select ST_AsGeoJSON(ST_Transform(ST_GeomFromText(?, ?), 4326), 15)").params(wkt, srid)
                .query(String.class).single();
    }

    public void rule(String code, String permitted, String conditional, Double coverage, Double far, Integer floors, Double height,
              double front, double side, double rear, Double minArea) {
        jdbc.sql("""
                insert into zone_rule (code, name_ar, name_en, permitted_uses, conditional_uses, max_coverage_pct, max_far,
                                       max_floors, max_height_m, setback_front_m, setback_side_m, setback_rear_m,
                                       min_plot_area_m2, legal_reference, updated_by)
                values (?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, 'test plan', 'test')""")
                .params(code, "منطقة " + code, "Zone " + code, permitted, conditional, coverage, far, floors, height, front, side,
                        rear, minArea)
                .update();
        // the checks hold the rules in memory for up to 10 s: a rule written by SQL must be seen at once
        rules.invalidate();
    }

    /**
     * The residential rule the zoning tests check against: residential permitted, commercial
     * conditional; coverage 60 %, FAR 1.8, 3 floors, 12 m; setbacks 6 m front, 3 m side, 4.5 m
     * rear; 300 m² at least. The expected verdicts of the tests are worked out from these numbers.
     */
    public void residentialRule(String code) {
        rule(code, "{RESIDENTIAL}", "{COMMERCIAL}", 60.0, 1.8, 3, 12.0, 6, 3, 4.5, 300.0);
    }

    /** A 30 × 40 m plot (1,200 m²) with its south-west corner at (e0, n0) in UTM 40N, the street along its south side. */
    public long rectanglePlot(String number, double e0, double n0) {
        return plot(number, rect(e0, n0, 0, 0, 30, 40), UTM40, "LINESTRING(%s %s, %s %s)".formatted(e0, n0, e0 + 30, n0));
    }

    /** A zone drawn in UTM, its edges cut every 5 m so that they stay straight in UTM once in lon/lat. */
    public long zone(String code, String utmWkt, int srid) {
        return jdbc.sql("insert into zone (code, geom, source) values (?, ST_Multi(ST_Transform(ST_Segmentize(ST_GeomFromText(?, ?), 5), 4326)), 'test') returning id")
                .params(code, utmWkt, srid).query(Long.class).single();
    }

    public long plot(String number, String utmWkt, int srid, String frontageUtmWkt) {
        return jdbc.sql("""
                insert into plot (wilayat_code, plot_number, geom, area_m2, street_frontage, source)
                values (?, ?, ST_Transform(ST_GeomFromText(?, ?), 4326), round(ST_Area(ST_GeomFromText(?, ?))::numeric, 2),
                        ST_Multi(ST_Transform(ST_GeomFromText(?, ?), 4326)), 'test') returning id""")
                .params(wilayat, number, utmWkt, srid, utmWkt, srid, frontageUtmWkt, srid).query(Long.class).single();
    }

    public void owner(long plotId, String name, String civilId) {
        jdbc.sql("insert into plot_owner (plot_id, name, civil_id) values (?, ?, ?)").params(plotId, name, civilId).update();
    }

    /** The check request on a registered plot. */
    public String onPlot(String number, String footprintJson, String use, int floors, Double height, Double gfa) {
        return "{\"plot\":{\"wilayat\":\"%s\",\"plotNumber\":\"%s\"},\"footprint\":%s,\"use\":\"%s\",\"floors\":%d%s%s}".formatted(
                wilayat, number, footprintJson, use, floors, height == null ? "" : ",\"heightM\":" + height,
                gfa == null ? "" : ",\"grossFloorAreaM2\":" + gfa);
    }
}
