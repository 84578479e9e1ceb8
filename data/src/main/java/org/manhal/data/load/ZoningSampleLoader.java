package org.manhal.data.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.locationtech.jts.io.WKBWriter;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.zoning.SampleDistrict;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the sample zoning: the zone rules of {@code /org/manhal/data/zoning/sample-zone-rules.json}
 * and the generated district of {@link SampleDistrict} (zones, plots, owners), every row flagged
 * {@code is_sample}. Runs inside the caller's transaction; {@link ReferenceDataLoader} makes it
 * idempotent. Plot areas are computed by PostGIS in UTM 40N, as the zoning check computes them.
 */
class ZoningSampleLoader {

    private static final String RULES = "/org/manhal/data/zoning/sample-zone-rules.json";
    private static final String SOURCE = "sample: invented district (org.manhal.data.zoning.SampleDistrict)";

    private final JdbcClient jdbc;

    ZoningSampleLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int load() {
        int rows = 0;
        for (JsonNode r : rules().get("rules")) {
            rows += jdbc.sql("""
                    insert into zone_rule (code, name_ar, name_en, permitted_uses, conditional_uses, max_coverage_pct,
                                           max_far, max_floors, max_height_m, setback_front_m, setback_side_m,
                                           setback_rear_m, min_plot_area_m2, legal_reference, is_sample, updated_by)
                    values (?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'system:zoning-samples')
                    on conflict (code) do nothing""")
                    .params(r.get("code").asString(), r.get("nameAr").asString(), r.get("nameEn").asString(),
                            array(r.get("permittedUses")), array(r.get("conditionalUses")), decimal(r.get("maxCoveragePct")),
                            decimal(r.get("maxFar")), r.get("maxFloors").isNull() ? null : r.get("maxFloors").asInt(),
                            decimal(r.get("maxHeightM")), decimal(r.get("setbackFrontM")), decimal(r.get("setbackSideM")),
                            decimal(r.get("setbackRearM")), decimal(r.get("minPlotAreaM2")), r.get("legalReference").asString())
                    .update();
        }
        SampleDistrict district = SampleDistrict.generate();
        WKBWriter wkb = new WKBWriter();
        for (SampleDistrict.SampleZone z : district.zones()) {
            rows += jdbc.sql("insert into zone (code, label, geom, is_sample, source) values (?, ?, ST_Multi(ST_GeomFromWKB(?, "
                            + AdminBoundaries.SRID + ")), true, ?)")
                    .params(z.code(), z.label(), wkb.write(z.polygon()), SOURCE).update();
        }
        for (SampleDistrict.SamplePlot p : district.plots()) {
            long id = jdbc.sql("""
                    insert into plot (wilayat_code, plot_number, geom, area_m2, street_frontage, is_sample, source)
                    select ?, ?, g, round(ST_Area(ST_Transform(g, 32640))::numeric, 2), ST_Multi(ST_GeomFromWKB(?, %1$d)), true, ?
                      from (select ST_GeomFromWKB(?, %1$d) as g) x
                    returning id""".formatted(AdminBoundaries.SRID))
                    .params(SampleDistrict.WILAYAT, p.number(), p.frontage() == null ? null : wkb.write(p.frontage()), SOURCE,
                            wkb.write(p.polygon()))
                    .query(Long.class).single();
            jdbc.sql("insert into plot_owner (plot_id, name, civil_id) values (?, ?, ?)")
                    .params(id, p.ownerAr() + " (" + p.ownerEn() + ")", p.civilId()).update();
            rows++;
        }
        jdbc.sql("analyze plot").update();
        jdbc.sql("analyze zone").update();
        return rows;
    }

    private static String array(JsonNode uses) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < uses.size(); i++) {
            s.append(i == 0 ? "" : ",").append(uses.get(i).asString());
        }
        return s.append('}').toString();
    }

    private static java.math.BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private static JsonNode rules() {
        try (InputStream in = ReferenceDataLoader.open(RULES)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
