package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.imports.ImportFixtures.errors;
import static org.manhal.api.imports.PolygonFiles.rect;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.zoning.ZoneRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/zones/import} on the real PostGIS with files GDAL made: zone codes that must
 * name an administered zone rule, Polygons and MultiPolygons in UTM 40N, duplicates in the file and
 * in the registry, and a plot imported beside them checked by the zoning check.
 */
@ManhalApiTest
class ZoneImportIntegrationTests {

    static final String HEADER = "wkt,code,label";
    static final String UTM40 = "EPSG:32640";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ZoneRules zoneRules;

    @TempDir
    Path dir;

    final ApiClient api;

    ZoneImportIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void rules() {
        jdbc.sql("""
                insert into zone_rule (code, name_ar, name_en, permitted_uses, legal_reference, updated_by)
                values ('ZR1', 'سكني', 'Residential (test)', '{RESIDENTIAL}', 'test plan', 'test')
                on conflict (code) do nothing""").update();
        zoneRules.invalidate();   // the check holds the rules in memory: one written by SQL must be seen at once
    }

    @Test
    void importsPolygonsAndMultiPolygonsAndReportsEveryRejectedRow() {
        String twoParts = "MULTIPOLYGON(((613000 2608000,613100 2608000,613100 2608100,613000 2608100,613000 2608000)),"
                + "((613200 2608000,613300 2608000,613300 2608100,613200 2608100,613200 2608000)))";
        String bowtie = "POLYGON((613000 2609000,613100 2609100,613100 2609000,613000 2609100,613000 2609000))";
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER,
                "\"" + rect(0, 2000, 300, 200) + "\",zr1,sheet 1",   // 1 valid, code read in upper case
                "\"" + twoParts + "\",ZR1,sheet 2",                 // 2 valid, two parts
                "\"" + rect(0, 4000, 100, 100) + "\",NOPE,sheet 3", // 3 unknown zone rule
                "\"" + rect(0, 5000, 100, 100) + "\",ZR1,sheet 1",  // 4 duplicate of line 1
                "\"" + rect(0, 6000, 100, 100) + "\",,sheet 5",     // 5 no code
                "\"" + bowtie + "\",ZR1,sheet 6");                  // 6 self-intersection

        Response r = upload("mode=valid-rows-only", "zones.gpkg", gpkg);

        assertThat(errors(r)).as(r.body()).containsExactly("3 code UNKNOWN_ZONE_RULE", "4 code DUPLICATE_IN_FILE",
                "5 code REQUIRED", "6 geometry SELF_INTERSECTION");
        assertThat(r.json().path("kind").asString()).isEqualTo("ZONE_IMPORT");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from zone where code = 'ZR1' and import_job_id = ?::uuid")
                .param(r.json().path("id").asString()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select ST_NumGeometries(geom) from zone where label = 'sheet 2'").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select round(ST_Area(ST_Transform(geom, 32640))) from zone where label = 'sheet 1'")
                .query(Double.class).single()).isEqualTo(60_000);
        JsonNode zones = api.get("/api/zones?bbox=58.105,23.574,58.112,23.580").json();
        assertThat(zones.path("features").size()).as(zones.toString()).isEqualTo(2);
    }

    @Test
    void rejectsOrReplacesARegisteredZoneAsTheModeSays() {
        byte[] first = PolygonFiles.zippedShapefile(dir, UTM40, HEADER, "\"" + rect(20_000, 0, 100, 100) + "\",ZR1,east");
        assertThat(upload("mode=all-or-nothing", "zones.zip", first).json().path("rowsImported").asLong()).isEqualTo(1);

        Response again = upload("mode=all-or-nothing", "zones.zip", first);
        assertThat(errors(again)).as(again.body()).containsExactly("1 code ALREADY_REGISTERED");

        byte[] larger = PolygonFiles.zippedShapefile(dir, UTM40, HEADER, "\"" + rect(20_000, 0, 100, 150) + "\",ZR1,east");
        for (int i = 0; i < 2; i++) {
            Response replaced = upload("mode=all-or-nothing&existing=replace", "zones.zip", larger);
            assertThat(replaced.json().path("rowsImported").asLong()).as(replaced.body()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from zone where label = 'east'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select round(ST_Area(ST_Transform(geom, 32640))) from zone where label = 'east'")
                .query(Double.class).single()).isEqualTo(15_000);
    }

    /**
     * Zones of a plan do not overlap: one overlapping an earlier row or a registered zone is
     * refused, naming it; zones sharing a boundary, or overlapping by a sliver under 1 m² (a
     * boundary digitised twice), are neighbours.
     */
    @Test
    void refusesAZoneOverlappingAnotherZoneOfTheFileOrOfTheRegistry() {
        byte[] plan = PolygonFiles.geoJson(dir, UTM40, HEADER,
                "\"" + rect(50_000, 0, 100, 100) + "\",ZR1,a",          // 1
                "\"" + rect(50_100, 0, 100, 100) + "\",ZR1,b",          // 2 shares line 1's east edge
                "\"" + rect(50_050, 50, 100, 100) + "\",ZR1,c",         // 3 overlaps lines 1 and 2 by 2,500 m² each
                "\"" + rect(50_000, 99.995, 40, 100) + "\",ZR1,d");     // 4 a 0.2 m² sliver over line 1
        Response r = upload("mode=valid-rows-only", "plan.geojson", plan);
        assertThat(errors(r)).as(r.body()).containsExactly("3 geometry OVERLAPS_IN_FILE");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(3);
        JsonNode error = r.json().path("errors").get(0);
        assertThat(error.path("message").asString()).contains("ZR1 (a)", "line 1", "m²");
        assertThat(error.path("messageAr").asString()).contains("ZR1 (a)", "السطر 1");

        byte[] over = PolygonFiles.geoJson(dir, UTM40, HEADER, "\"" + rect(50_150, 0, 100, 100) + "\",ZR1,e");
        Response refused = upload("mode=all-or-nothing", "over.geojson", over);
        assertThat(errors(refused)).as(refused.body()).containsExactly("1 geometry OVERLAPS_ZONE");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("registered zone ZR1 (b)");
        assertThat(jdbc.sql("select count(*) from zone where label = 'e'").query(Long.class).single()).isZero();

        // replacing b with a taller b: the b it replaces is no overlap
        byte[] taller = PolygonFiles.geoJson(dir, UTM40, HEADER, "\"" + rect(50_100, 0, 100, 120) + "\",ZR1,b");
        Response replaced = upload("mode=all-or-nothing&existing=replace", "b.geojson", taller);
        assertThat(errors(replaced)).as(replaced.body()).isEmpty();
        assertThat(replaced.json().path("rowsImported").asLong()).isEqualTo(1);
    }

    @Test
    void servesTheZoningCheckOnAnImportedPlotInAnImportedZone() {
        byte[] zones = PolygonFiles.geoJson(dir, UTM40, HEADER, "\"" + rect(30_000, 0, 200, 200) + "\",ZR1,check");
        assertThat(upload("mode=all-or-nothing", "zones.geojson", zones).json().path("rowsImported").asLong()).isEqualTo(1);
        byte[] plots = PolygonFiles.geoJson(dir, UTM40, PlotImportIntegrationTests.HEADER,
                "\"" + rect(30_050, 50, 30, 40) + "\",C-1,,,,");
        Response plot = Uploads.upload(api, "/api/plots/import", "mode=all-or-nothing", "plots.geojson", plots);
        assertThat(plot.json().path("rowsImported").asLong()).as(plot.body()).isEqualTo(1);
        String wilayat = jdbc.sql("select wilayat_code from plot where plot_number = 'C-1'").query(String.class).single();
        String footprint = jdbc.sql("select ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_Transform(geom, 32640), -5, 'join=mitre'), 4326), 9) from plot where plot_number = 'C-1'")
                .query(String.class).single();

        Response verdict = api.post("/api/checks/zoning", "application/json", """
                {"plot": {"wilayat": "%s", "plotNumber": "C-1"}, "footprint": %s, "use": "RESIDENTIAL", "floors": 1}"""
                .formatted(wilayat, footprint));

        assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        assertThat(verdict.json().path("zones").get(0).path("code").asString()).isEqualTo("ZR1");
        assertThat(verdict.json().path("plot").path("areaM2").asDouble()).isEqualTo(1_200.00);
    }

    @Test
    void isForTheAdminOnly() {
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER, "\"" + rect(40_000, 0, 100, 100) + "\",ZR1,x");
        assertThat(Uploads.upload(api.as(Role.PLANNER), "/api/zones/import", "mode=all-or-nothing", "zones.gpkg", gpkg).status())
                .isEqualTo(403);
    }

    private Response upload(String query, String name, byte[] bytes) {
        return Uploads.upload(api, "/api/zones/import", query, name, bytes);
    }
}
