package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Vector tiles over HTTP, read back by GDAL's MVT driver: the features of a tile, the per-cell
 * counts at low zooms, ETags that follow exactly the tiles a write changes, 304 revalidation,
 * TileJSON and the problems of bad addresses.
 */
@ManhalApiTest
class VectorTileIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    @TempDir
    Path dir;

    VectorTileIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void aTileHoldsEveryPublishedWellInItWithPublicAttributesOnly() throws Exception {
        double[] spot = Wells.freshSpot();
        String number = register(spot[0], spot[1], "ACTIVE", "SENTINEL-TILE-OWNER");
        register(spot[0] + 0.0005, spot[1], "PROPOSED", "SENTINEL-TILE-OWNER"); // not published
        int[] t = tileOf(14, spot[0], spot[1]);

        Response r = api.send(HttpRequest.newBuilder(api.uri("/tiles/wells/14/" + t[0] + "/" + t[1] + ".mvt")).GET(), Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(r.header("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(r.header("Cache-Control")).contains("max-age=30").contains("public");

        String info = ogrinfo(14, t[0], t[1], bytes("/tiles/wells/14/" + t[0] + "/" + t[1] + ".mvt"));
        assertThat(info).contains("registryNumber (String) = " + number).contains("status (String) = ACTIVE")
                .doesNotContain("SENTINEL").doesNotContain("PROPOSED");
        // a point carries what the map draws and names it by; its dates and measurements are an item request away
        assertThat(info).contains("use (String) = ").contains("wilayat (String) = ")
                .doesNotContain("depthM").doesNotContain("registeredAt").doesNotContain("wilayatNameAr");
        JsonNode fields = api.get("/tiles/wells.json").json().get("vector_layers").get(1).get("fields");
        assertThat(fields.propertyNames()).containsExactly("registryNumber", "type", "use", "status", "wilayat");
        long expected = jdbc.sql("select count(*) from pub.well where geom && ST_Transform(ST_TileEnvelope(14, ?, ?), 4326)")
                .params(t[0], t[1]).query(Long.class).single();
        assertThat(featureCount(info, "wells")).isEqualTo(expected).isPositive();
        // the well where it is: GDAL's georeferenced point within a tile unit (~2.4 m at z14) of the well
        Matcher p = Pattern.compile("registryNumber \\(String\\) = " + Pattern.quote(number)
                + "[\\s\\S]*?POINT \\(([-0-9.e]+) ([-0-9.e]+)\\)").matcher(info);
        assertThat(p.find()).as(info).isTrue();
        double[] mercator = mercator(spot[0], spot[1]);
        assertThat(Double.parseDouble(p.group(1))).isCloseTo(mercator[0], org.assertj.core.data.Offset.offset(5.0));
        assertThat(Double.parseDouble(p.group(2))).isCloseTo(mercator[1], org.assertj.core.data.Offset.offset(5.0));
    }

    @Test
    void lowZoomsCountWellsPerCellInsteadOfEveryPoint() throws Exception {
        double[] spot = Wells.freshSpot();
        register(spot[0], spot[1], "ACTIVE", "x");
        String info = ogrinfo(0, 0, 0, bytes("/tiles/wells/0/0/0.mvt"));
        assertThat(info).contains("wells-cells").doesNotContain("registryNumber");
        Matcher counts = Pattern.compile("count \\(Integer(?:64)?\\) = (\\d+)").matcher(info);
        long sum = 0;
        while (counts.find()) {
            sum += Long.parseLong(counts.group(1));
        }
        assertThat(sum).isEqualTo(jdbc.sql("select count(*) from pub.well").query(Long.class).single());
        // the threshold: z13 is still counts (a dense z13 tile of points was 396 KB at 1M wells), z14 is points
        int[] t13 = tileOf(13, spot[0], spot[1]);
        String z13 = ogrinfo(13, t13[0], t13[1], bytes("/tiles/wells/13/" + t13[0] + "/" + t13[1] + ".mvt"));
        assertThat(z13).contains("wells-cells").doesNotContain("registryNumber");
        int[] t14 = tileOf(14, spot[0], spot[1]);
        String z14 = ogrinfo(14, t14[0], t14[1], bytes("/tiles/wells/14/" + t14[0] + "/" + t14[1] + ".mvt"));
        assertThat(z14).contains("registryNumber").doesNotContain("wells-cells");
        JsonNode layers = api.get("/tiles/wells.json").json().get("vector_layers");
        assertThat(layers.get(0).get("maxzoom").asInt()).isEqualTo(13);
        assertThat(layers.get(1).get("minzoom").asInt()).isEqualTo(14);
    }

    @Test
    void aWriteChangesTheEtagOfTheTilesThatHoldItAndOfNoOther() throws Exception {
        double[] spot = Wells.freshSpot();
        register(spot[0], spot[1], "ACTIVE", "x");
        // a far tile that holds wells too: the sample wells' first, in the north
        double[] far = jdbc.sql("select ST_X(geom), ST_Y(geom) from pub.well where ST_Y(geom) > 22.5 order by id limit 1")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        Map<String, String> before = new java.util.HashMap<>();
        for (int z : new int[] {6, 12, 14}) {
            int[] near = tileOf(z, spot[0] + 0.0003, spot[1] + 0.0003);
            int[] away = tileOf(z, far[0], far[1]);
            before.put("near" + z, etag("/tiles/wells/" + z + "/" + near[0] + "/" + near[1] + ".mvt"));
            before.put("away" + z, etag("/tiles/wells/" + z + "/" + away[0] + "/" + away[1] + ".mvt"));
        }
        register(spot[0] + 0.0003, spot[1] + 0.0003, "ACTIVE", "x");
        for (int z : new int[] {6, 12, 14}) {
            int[] near = tileOf(z, spot[0] + 0.0003, spot[1] + 0.0003);
            int[] away = tileOf(z, far[0], far[1]);
            String nearPath = "/tiles/wells/" + z + "/" + near[0] + "/" + near[1] + ".mvt";
            assertThat(etag(nearPath)).as("z%d near", z).isNotEqualTo(before.get("near" + z));
            assertThat(etag("/tiles/wells/" + z + "/" + away[0] + "/" + away[1] + ".mvt")).as("z%d away", z)
                    .isEqualTo(before.get("away" + z));
            String current = etag(nearPath);
            Response again = api.send(HttpRequest.newBuilder(api.uri(nearPath)).GET(), Map.of("If-None-Match", current));
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.header("ETag")).isEqualTo(current);
        }
    }

    @Test
    void everyLayerIsTiledWithATileJson() {
        for (String layer : new String[] {"wells", "well-counts", "aflaj-channels", "aflaj-mother-wells", "protected-features",
                "protected-areas", "restricted-zones", "governorates", "wilayats", "zones", "plots"}) {
            Response tj = api.get("/tiles/" + layer + ".json");
            assertThat(tj.status()).as(tj.toString()).isEqualTo(200);
            JsonNode doc = tj.json();
            assertThat(doc.get("tilejson").asString()).isEqualTo("3.0.0");
            assertThat(doc.get("tiles").get(0).asString()).endsWith("/tiles/" + layer + "/{z}/{x}/{y}.mvt");
            assertThat(doc.get("vector_layers").toString()).contains("\"id\":\"" + layer + "\"");
            Response tile = api.get("/tiles/" + layer + "/6/42/28.mvt"); // northern Oman
            assertThat(tile.status()).as(layer).isEqualTo(200);
        }
        assertThat(api.get("/tiles/wells.json").json().get("vector_layers").get(0).get("id").asString()).isEqualTo("wells-cells");
        assertThat(api.get("/tiles/governorates/6/42/28.mvt").body()).isNotEmpty();
    }

    @Test
    void badAddressesAreBilingualProblems() {
        for (String path : new String[] {"/tiles/nope/1/0/0.mvt", "/tiles/wells/23/0/0.mvt", "/tiles/wells/2/4/0.mvt",
                "/tiles/wells/2/0/-1.mvt", "/tiles/wells/a/0/0.mvt", "/tiles/owners.json", "/tiles/wells/99999999999/0/0.mvt"}) {
            Response r = api.get(path);
            assertThat(r.status()).as(path + " " + r).isEqualTo(400);
            assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("errors").get(0).get("messageAr").asString()).as(path).isNotBlank();
        }
    }

    private String register(double lon, double lat, String status, String owner) {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(lon, lat, "BOREHOLE", "AGRICULTURAL", status,
                "\"owner\":{\"name\":\"" + owner + "\",\"civilId\":\"11223344\"}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("properties").get("registryNumber").asString();
    }

    private String etag(String path) {
        Response r = api.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.header("ETag");
    }

    private byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(api.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    /** ogrinfo of a tile written as z/x/y.pbf, so that GDAL's MVT driver georeferences it (EPSG:3857). */
    private String ogrinfo(int z, int x, int y, byte[] tile) throws IOException {
        Path file = dir.resolve(z + "/" + x + "/" + y + ".pbf");
        Files.createDirectories(file.getParent());
        Files.write(file, tile);
        return Gdal.run("ogrinfo", "-ro", "-al", file.toString());
    }

    private static long featureCount(String info, String layer) {
        Matcher m = Pattern.compile("Layer name: " + Pattern.quote(layer) + "[\\s\\S]*?Feature Count: (\\d+)").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    static int[] tileOf(int z, double lon, double lat) {
        int n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double r = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    static double[] mercator(double lon, double lat) {
        double r = 6378137.0;
        return new double[] {Math.toRadians(lon) * r, Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * r};
    }
}
