package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The zoning, plot and application layers (V58) through the tiles, TileJSON and OGC API: zones
 * and plot outlines for everyone, applications for staff only (refused to the public, private to
 * caches), each with the counts of its publication view. Features are seeded in the middle of a
 * z14 tile of a fresh spot, so that the tile's count is the view's count there.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningLayersIntegrationTests {

    private static final int Z = 14;

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    @TempDir
    Path dir;

    /** The z14 tile of the seeded features, its centre. */
    int[] tile;
    double[] centre;
    String submitted;
    String withdrawn;

    PlanningLayersIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void seed() {
        double[] spot = Wells.freshSpot();
        tile = VectorTileIntegrationTests.tileOf(Z, spot[0], spot[1]);
        centre = centre(Z, tile[0], tile[1]);
        jdbc.sql("""
                insert into zone_rule (code, name_ar, name_en, permitted_uses, conditional_uses, max_coverage_pct, max_far, max_floors,
                                       max_height_m, setback_front_m, legal_reference, updated_by, enabled)
                values ('PLT-ON', 'سكني اختبار', 'Test residential', '{RESIDENTIAL}', '{PUBLIC_SERVICES}', 60, 1.2, 2, 10, 6, 'test plan', 'test', true),
                       ('PLT-OFF', 'معطلة', 'Disabled', '{COMMERCIAL}', '{}', 80, null, null, null, 0, 'test plan', 'test', false)""")
                .update();
        zone("PLT-ON", 0, 0);
        zone("PLT-ON", 0.002, 0);
        zone("PLT-OFF", 0, 0.002); // its rule is disabled: not published
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into plot (wilayat_code, plot_number, geom, area_m2, source)
                    select (select code from admin_area where level = 'WILAYAT' order by code limit 1), ?, g,
                           round(ST_Area(ST_Transform(g, 32640))::numeric, 2), 'test'
                      from (select ST_MakeEnvelope(?, ?, ?, ?, 4326) as g) x""")
                    .params("PLT-" + i, centre[0] - 0.001 + 0.0005 * i, centre[1] - 0.001, centre[0] - 0.0006 + 0.0005 * i,
                            centre[1] - 0.0006)
                    .update();
        }
        submitted = submit(centre[0] + 0.0005, centre[1] + 0.0005);
        withdrawn = submit(centre[0] - 0.0005, centre[1] + 0.0005);
        Response w = api.post("/api/applications/" + withdrawn + "/withdrawal", "application/json", "");
        assertThat(w.status()).as(w.toString()).isLessThan(300);
    }

    @Test
    void zonesAndPlotsAreTiledForEveryoneWithTheCountsOfTheirViews() throws Exception {
        for (String[] layer : new String[][] {{"zones", "pub.zone"}, {"plots", "pub.plot"}}) {
            String path = "/tiles/" + layer[0] + "/" + Z + "/" + tile[0] + "/" + tile[1] + ".mvt";
            HttpResponse<byte[]> r = bytes(api.anonymous(), path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("public");
            String info = ogrinfo(r.body());
            assertThat(featureCount(info, layer[0])).as(info).isEqualTo(inTile(layer[1])).isPositive();
            Response tj = api.anonymous().get("/tiles/" + layer[0] + ".json");
            assertThat(tj.status()).isEqualTo(200);
            assertThat(tj.json().get("vector_layers").get(0).get("id").asString()).isEqualTo(layer[0]);
        }
        String zones = ogrinfo(bytes(api.anonymous(), "/tiles/zones/" + Z + "/" + tile[0] + "/" + tile[1] + ".mvt").body());
        assertThat(featureCount(zones, "zones")).isEqualTo(2); // the disabled rule's zone is left out
        assertThat(zones).contains("code (String) = PLT-ON", "maxCoveragePct (Real) = 60", "permittedUses (String) = RESIDENTIAL",
                "nameAr (String) = سكني اختبار").doesNotContain("PLT-OFF");
        String plots = ogrinfo(bytes(api.anonymous(), "/tiles/plots/" + Z + "/" + tile[0] + "/" + tile[1] + ".mvt").body());
        assertThat(featureCount(plots, "plots")).isEqualTo(3);
        assertThat(plots).contains("areaM2 (Real) = ").doesNotContain("PLT-0", "PLT-1", "PLT-2");
        // plots start at z14: a z13 tile of them is empty, as the TileJSON says
        int[] t13 = VectorTileIntegrationTests.tileOf(13, centre[0], centre[1]);
        assertThat(bytes(api.anonymous(), "/tiles/plots/13/" + t13[0] + "/" + t13[1] + ".mvt").body()).isEmpty();
        assertThat(api.get("/tiles/plots.json").json().get("minzoom").asInt()).isEqualTo(LayerCatalogue.PLOTS_FROM_ZOOM);
    }

    @Test
    void zonesAndPlotsAreOgcCollectionsWithTheCountsOfTheirViews() {
        for (String[] layer : new String[][] {{"zones", "pub.zone"}, {"plots", "pub.plot"}}) {
            Response items = api.anonymous().get("/ogc/collections/" + layer[0] + "/items?limit=10000");
            assertThat(items.status()).as(items.toString()).isEqualTo(200);
            long expected = jdbc.sql("select count(*) from " + layer[1]).query(Long.class).single();
            assertThat(items.json().get("numberMatched").asLong()).as(layer[0]).isEqualTo(expected).isPositive();
            assertThat(items.json().get("features").size()).isEqualTo((int) expected);
        }
        Response zone = api.anonymous().get("/ogc/collections/zones/items?code=PLT-ON");
        assertThat(zone.json().get("numberMatched").asLong()).isEqualTo(2);
        JsonNode p = zone.json().get("features").get(0).get("properties");
        assertThat(p.get("maxFar").asDouble()).isEqualTo(1.2);
        assertThat(p.get("maxFloors").asInt()).isEqualTo(2);
        assertThat(p.get("conditionalUses").asString()).isEqualTo("PUBLIC_SERVICES");
        assertThat(api.anonymous().get("/ogc/collections/zones/items?code=PLT-OFF").json().get("numberMatched").asLong()).isZero();
        // a plot by its id, without a number
        long id = jdbc.sql("select id from plot where plot_number = 'PLT-0'").query(Long.class).single();
        Response plot = api.anonymous().get("/ogc/collections/plots/items/" + id);
        assertThat(plot.status()).isEqualTo(200);
        assertThat(plot.body()).doesNotContain("PLT-0").contains("\"areaM2\"");
    }

    @Test
    void applicationsAreForStaffOnlyAndPrivateToCaches() throws Exception {
        ApiClient staff = api.as(Role.STAFF);
        String tilePath = "/tiles/applications/" + Z + "/" + tile[0] + "/" + tile[1] + ".mvt";
        // the public (signed in or not) is refused every output of the layer
        for (ApiClient outsider : List.of(api.anonymous(), api.as(Role.CONSULTANCY_OFFICE))) {
            for (String path : List.of(tilePath, "/tiles/applications.json", "/ogc/collections/applications",
                    "/ogc/collections/applications/items", "/ogc/collections/applications/items/" + submitted,
                    "/ogc/collections/applications/queryables")) {
                Response r = outsider.get(path);
                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
                assertThat(r.json().path("detail").asString() + r.json().path("detailAr").asString()).as(path).doesNotContain(submitted);
            }
            assertThat(bytes(outsider, tilePath).statusCode()).isEqualTo(404);
            assertThat(outsider.get("/ogc/collections").body()).contains("\"zones\"").doesNotContain("\"applications\"");
            assertThat(outsider.get("/ogc/api").body()).doesNotContain("/collections/applications");
        }

        // staff get it, each answer private and varying by credentials
        HttpResponse<byte[]> t = bytes(staff, tilePath);
        assertThat(t.statusCode()).isEqualTo(200);
        assertThat(t.headers().firstValue("Cache-Control").orElse("")).contains("private").doesNotContain("public");
        assertThat(t.headers().firstValue("Vary").orElse("")).contains("Authorization", "Cookie");
        String info = ogrinfo(t.body());
        assertThat(featureCount(info, "applications")).isEqualTo(inTile("pub_staff.application")).isEqualTo(1);
        assertThat(info).contains("reference (String) = " + submitted, "status (String) = SUBMITTED", "type (String) = WELL_DRILLING")
                .doesNotContain(withdrawn, "Sentinel");
        Response tj = staff.get("/tiles/applications.json");
        assertThat(tj.status()).isEqualTo(200);
        assertThat(tj.header("Cache-Control")).contains("private");
        assertThat(tj.header("Vary")).contains("Authorization", "Cookie");

        Response items = staff.get("/ogc/collections/applications/items?limit=10000");
        assertThat(items.status()).as(items.toString()).isEqualTo(200);
        assertThat(items.header("Cache-Control")).contains("private");
        assertThat(items.header("Vary")).contains("Authorization", "Cookie");
        long expected = jdbc.sql("select count(*) from pub_staff.application").query(Long.class).single();
        assertThat(items.json().get("numberMatched").asLong()).isEqualTo(expected).isEqualTo(
                jdbc.sql("select count(*) from application where status <> 'WITHDRAWN'").query(Long.class).single());
        assertThat(items.body()).contains(submitted).doesNotContain(withdrawn, "Sentinel", "90817263");
        Response one = staff.get("/ogc/collections/applications/items/" + submitted);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("Cache-Control")).contains("private");
        assertThat(one.json().get("properties").get("submittedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(staff.get("/ogc/collections/applications/items/" + withdrawn).status()).isEqualTo(404);
        Response collections = staff.get("/ogc/collections");
        assertThat(collections.body()).contains("\"applications\"");
        assertThat(collections.header("Cache-Control")).contains("private");
        assertThat(staff.get("/ogc/collections/applications/items?status=WITHDRAWN").status()).isEqualTo(400);
    }

    @Test
    void gdalsOapifDriverReadsTheZonesWhole() throws Exception {
        Path out = dir.resolve("zones.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", out.toString(), "OAPIF:" + api.uri("/ogc"), "zones", "-oo", "PAGE_SIZE=3");
        long expected = jdbc.sql("select count(*) from pub.zone").query(Long.class).single();
        assertThat(expected).isGreaterThan(3);
        String geojson = Files.readString(out);
        assertThat(new tools.jackson.databind.ObjectMapper().readTree(geojson).get("features").size()).isEqualTo((int) expected);
        assertThat(geojson).contains("PLT-ON").doesNotContain("PLT-OFF");
    }

    // -- seeding ---------------------------------------------------------------------------------

    private void zone(String code, double dx, double dy) {
        jdbc.sql("insert into zone (code, label, geom, source) values (?, 'test block', ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326)), 'test')")
                .params(code, centre[0] + dx + 0.0001, centre[1] + dy + 0.0001, centre[0] + dx + 0.0015, centre[1] + dy + 0.0015)
                .update();
    }

    private String submit(double lon, double lat) {
        String body = "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]},"
                + "\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"DOMESTIC\",\"depthM\":60,\"diameterMm\":150},"
                + "\"applicant\":{\"name\":\"Sentinel Applicant PLT\",\"civilId\":\"90817263\"}}";
        Response r = api.send(HttpRequest.newBuilder(api.uri("/api/applications")).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    // -- reading ---------------------------------------------------------------------------------

    /** Features of the view meeting the tile with its buffer (as the service selects them). */
    private long inTile(String view) {
        return jdbc.sql("select count(*) from " + view + " where ST_Intersects(geom, ST_Transform(ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096), 4326))")
                .params(Z, tile[0], tile[1]).query(Long.class).single();
    }

    private static HttpResponse<byte[]> bytes(ApiClient caller, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(caller.authorize(HttpRequest.newBuilder(caller.uri(path)).GET()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String ogrinfo(byte[] tileBytes) throws IOException {
        // named z/x/y.pbf so that GDAL georeferences it
        Path file = dir.resolve(UUID.randomUUID() + "/" + Z + "/" + tile[0] + "/" + tile[1] + ".pbf");
        Files.createDirectories(file.getParent());
        Files.write(file, tileBytes);
        return Gdal.run("ogrinfo", "-ro", "-al", file.toString());
    }

    private static long featureCount(String info, String layer) {
        Matcher m = Pattern.compile("Layer name: " + Pattern.quote(layer) + "[\\s\\S]*?Feature Count: (\\d+)").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The centre of tile z/x/y in degrees. */
    static double[] centre(int z, int x, int y) {
        double n = 1 << z;
        double lon = (x + 0.5) / n * 360 - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + 0.5) / n))));
        return new double[] {lon, lat};
    }

}
