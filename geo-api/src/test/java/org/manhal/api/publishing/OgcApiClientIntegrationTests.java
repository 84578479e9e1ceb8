package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.security.LocalAccounts;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.TestAccounts;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * OGC API Features read by a real client, GDAL's OGR OAPIF driver (and its GeoJSON driver for the
 * Part 2 CRS, which the OAPIF driver of GDAL 3.6 does not ask for), against the running service:
 * the collections listed, every feature of a collection through paging, an attribute filter
 * applied by the server, and coordinates in EPSG:32640 equal to PROJ's (gdaltransform).
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiClientIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    @TempDir
    Path dir;

    OgcApiClientIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void someWellsOfEveryKind() {
        double[] spot = Wells.freshSpot();
        String[] statuses = {"ACTIVE", "STANDBY", "ABANDONED", "PROPOSED", "ACTIVE", "NOT_IN_USE", "ILLEGAL_DETECTED", "ACTIVE"};
        for (int i = 0; i < statuses.length; i++) {
            Response r = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.002 * i, spot[1] + 0.001 * i,
                    "BOREHOLE", i % 2 == 0 ? "AGRICULTURAL" : "DOMESTIC", statuses[i],
                    "\"depthM\":" + (40 + 10 * i) + ",\"owner\":{\"name\":\"SENTINEL-OGC-OWNER\",\"civilId\":\"55667788\"}"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    private String oapif() {
        return "OAPIF:" + api.uri("/ogc");
    }

    @Test
    void ogrinfoListsEveryPublicCollection() {
        String out = Gdal.run("ogrinfo", "-ro", "-q", oapif());
        for (String layer : List.of("wells", "well-counts", "aflaj-channels", "aflaj-mother-wells", "protected-features",
                "protected-areas", "restricted-zones", "governorates", "wilayats", "zones", "plots")) {
            assertThat(out).contains(layer);
        }
        assertThat(out).doesNotContain("applications"); // a staff layer: GDAL asked without credentials
    }

    /**
     * Every collection the service lists, read whole by the OAPIF driver through paging (7 a page)
     * with the count of its publication view; the staff-only ones signed in as the admin (GDAL's
     * HTTP Basic), the others anonymously. The wells are read below, with their paging checked.
     */
    @Test
    void readsEveryCollectionWhole(@Autowired LayerCatalogue catalogue) throws Exception {
        Response filed = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications")).POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(ApplicationFixturesForClients.drilling(Wells.freshSpot()))),
                java.util.Map.of("Content-Type", "application/json", "Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        LocalAccounts.Default admin = TestAccounts.account(Role.ADMIN);
        List<String> read = new ArrayList<>();
        for (JsonNode c : api.get("/ogc/collections").json().get("collections")) {
            String id = c.get("id").asString();
            if (id.equals("wells")) {
                continue;
            }
            LayerDefinition layer = catalogue.find(id).orElseThrow();
            Path out = dir.resolve(id + ".geojson");
            List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(), oapif(), id, "-oo", "PAGE_SIZE=7"));
            if (layer.audience() == Audience.STAFF) {
                command.addAll(List.of("--config", "GDAL_HTTP_AUTH", "BASIC",
                        "--config", "GDAL_HTTP_USERPWD", admin.username() + ":" + TestAccounts.password(admin)));
            }
            Gdal.run(command.toArray(String[]::new));
            long expected = jdbc.sql("select count(*) from " + layer.view()).query(Long.class).single();
            assertThat(expected).as(id).isPositive();
            assertThat(JSON.readTree(Files.readString(out)).get("features").size()).as(id).isEqualTo((int) expected);
            read.add(id);
        }
        assertThat(read).contains("governorates", "wilayats", "zones", "plots", "restricted-zones", "aflaj-channels",
                "aflaj-mother-wells", "protected-features", "applications");
    }

    @Test
    void readsEveryWellThroughPagingWithTheRightCount() throws Exception {
        Path out = dir.resolve("wells.geojson");
        String log = Gdal.run("ogr2ogr", "--debug", "on", "-f", "GeoJSON", out.toString(), oapif(), "wells", "-oo", "PAGE_SIZE=37");
        long expected = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        assertThat(expected).isGreaterThan(37 * 3); // several pages
        JsonNode fc = JSON.readTree(Files.readString(out));
        Set<String> numbers = new HashSet<>();
        fc.get("features").forEach(f -> numbers.add(f.get("properties").get("registryNumber").asString()));
        assertThat(fc.get("features").size()).isEqualTo(expected);
        assertThat(numbers).hasSize((int) expected);
        // through the next links, which page by keyset: one request a page of 37
        assertThat(log).contains("limit=37").doesNotContain("offset=");
        assertThat(log.split("/ogc/collections/wells/items\\?after=", -1)).hasSize((int) ((expected + 36) / 37));
        assertThat(Files.readString(out)).doesNotContain("SENTINEL").doesNotContain("55667788").doesNotContain("PROPOSED")
                .doesNotContain("ILLEGAL_DETECTED");
    }

    @Test
    void anAttributeFilterIsAppliedByTheServer() throws Exception {
        Path out = dir.resolve("active.geojson");
        String log = Gdal.run("ogr2ogr", "--debug", "on", "-f", "GeoJSON", out.toString(), oapif(), "wells",
                "-where", "status = 'ACTIVE'");
        long expected = jdbc.sql("select count(*) from pub.well where status = 'ACTIVE'").query(Long.class).single();
        assertThat(expected).isPositive();
        JsonNode fc = JSON.readTree(Files.readString(out));
        assertThat(fc.get("features").size()).isEqualTo(expected);
        fc.get("features").forEach(f -> assertThat(f.get("properties").get("status").asString()).isEqualTo("ACTIVE"));
        // the request GDAL sent carried the filter (from the queryable parameters of /ogc/api): the server filtered
        assertThat(log).contains("/ogc/collections/wells/items?limit=10&status=ACTIVE")
                .doesNotContain("Only part of the filter");

        // a filter GDAL can send only in part: the server takes the status, GDAL the depth, the answer is right
        Path mixed = dir.resolve("mixed.geojson");
        Gdal.run("ogr2ogr", "-f", "GeoJSON", mixed.toString(), oapif(), "wells", "-where", "status = 'ACTIVE' AND depthM > 45");
        long deep = jdbc.sql("select count(*) from pub.well where status = 'ACTIVE' and depth_m > 45").query(Long.class).single();
        assertThat(JSON.readTree(Files.readString(mixed)).get("features").size()).isEqualTo(deep);
    }

    @Test
    void readsInUtm40nWithTheCoordinatesOfProj() throws Exception {
        String items = api.uri("/ogc/collections/wells/items?limit=5&crs=http://www.opengis.net/def/crs/EPSG/0/32640").toString();
        Response r = api.get(items);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/32640>");
        Response lonLat = api.get("/ogc/collections/wells/items?limit=5");
        assertThat(lonLat.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");

        // GDAL's GeoJSON driver reads the projected page as it is
        String info = Gdal.run("ogrinfo", "-ro", "-al", "GeoJSON:" + items);
        List<double[]> projected = points(info);
        List<double[]> degrees = new ArrayList<>();
        lonLat.json().get("features").forEach(f -> degrees.add(new double[] {
                f.get("geometry").get("coordinates").get(0).asDouble(), f.get("geometry").get("coordinates").get(1).asDouble()}));
        assertThat(projected).hasSize(5);
        StringBuilder input = new StringBuilder();
        degrees.forEach(d -> input.append(String.format(Locale.ROOT, "%.9f %.9f%n", d[0], d[1])));
        Path in = dir.resolve("points.txt");
        Files.writeString(in, input);
        String proj = Gdal.run("sh", "-c", "gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32640 -output_xy < " + in);
        String[] lines = proj.strip().split("\n");
        for (int i = 0; i < 5; i++) {
            String[] xy = lines[i].strip().split("\\s+");
            assertThat(projected.get(i)[0]).isCloseTo(Double.parseDouble(xy[0]), org.assertj.core.data.Offset.offset(0.01));
            assertThat(projected.get(i)[1]).isCloseTo(Double.parseDouble(xy[1]), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aBboxInUtm40nSelectsWhatTheSameBoxInDegreesSelects() {
        // a box around the class's wells, in UTM 40N, against the same box reprojected by PostGIS
        double[] box = jdbc.sql("""
                select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (
                  select ST_Transform(ST_SetSRID(ST_Expand(ST_Extent(geom)::geometry, 0.01), 4326), 32640) as e from pub.well
                   where ST_Y(geom) < 20.6 and ST_X(geom) between 55.6 and 56.5) b""")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        String bbox = String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", box[0], box[1], box[2], box[3]);
        Response r = api.get("/ogc/collections/wells/items?limit=1000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/32640&bbox=" + bbox);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        long expected = jdbc.sql("select count(*) from pub.well where ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 32640), 4326))")
                .params(box[0], box[1], box[2], box[3]).query(Long.class).single();
        assertThat(r.json().get("numberMatched").asLong()).isEqualTo(expected).isPositive();
    }

    private static List<double[]> points(String ogrinfo) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("POINT \\(([-0-9.e+]+) ([-0-9.e+]+)\\)").matcher(ogrinfo);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return out;
    }


    /** A drilling application at a spot, so that the staff-only applications collection has one. */
    private static final class ApplicationFixturesForClients {

        static String drilling(double[] at) {
            return "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + at[0] + "," + at[1] + "]},"
                    + "\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"DOMESTIC\",\"depthM\":60,\"diameterMm\":200},"
                    + "\"applicant\":{\"name\":\"SENTINEL-OGC-APPLICANT\",\"civilId\":\"55667799\"}}";
        }
    }
}
