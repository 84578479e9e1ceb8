package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * OGC API Features over HTTP: the documents, paging, CQL2 text filtering compared with the same
 * condition in plain SQL, datetime, one item, the HTML view, the self-contained OpenAPI and the
 * problems of bad requests.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LayerCatalogue catalogue;

    final ApiClient api;
    double[] spot;
    String firstNumber;

    OgcApiIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void wells() {
        spot = Wells.freshSpot();
        String[] uses = {"AGRICULTURAL", "DOMESTIC", "LIVESTOCK", "AGRICULTURAL", "MONITORING", "DOMESTIC"};
        for (int i = 0; i < uses.length; i++) {
            Response r = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.003 * i, spot[1] + 0.002 * i,
                    i % 2 == 0 ? "BOREHOLE" : "HAND_DUG", uses[i], i == 5 ? "ABANDONED" : "ACTIVE", "\"depthM\":" + (30 + 20 * i)));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            if (i == 0) {
                firstNumber = r.json().get("properties").get("registryNumber").asString();
            }
        }
    }

    @Test
    void landingConformanceAndCollections() {
        JsonNode landing = api.get("/ogc").json();
        assertThat(landing.get("links").toString()).contains("\"rel\":\"service-desc\"").contains("/ogc/api")
                .contains("\"rel\":\"conformance\"").contains("\"rel\":\"data\"");
        assertThat(api.get("/ogc/conformance").json().get("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-2/1.0/conf/crs", "ogcapi-features-3/1.0/conf/filter",
                        "cql2/1.0/conf/cql2-text");
        // an administrator (staff) sees every layer, the public the public ones only
        JsonNode collections = api.get("/ogc/collections").json().get("collections");
        assertThat(collections).hasSize(catalogue.layers().size()).hasSize(12);
        assertThat(api.anonymous().get("/ogc/collections").json().get("collections"))
                .hasSize(catalogue.visibleTo(Audience.PUBLIC).size()).hasSize(11);
        JsonNode wells = api.get("/ogc/collections/wells").json();
        assertThat(wells.get("crs").toString()).contains("EPSG/0/32640", "EPSG/0/32639", "EPSG/0/3440", "EPSG/0/3439", "OGC/1.3/CRS84");
        assertThat(wells.get("titleAr").asString()).isEqualTo("الآبار");
        JsonNode q = api.get("/ogc/collections/wells/queryables").json();
        assertThat(q.get("properties").get("status").get("enum").toString()).contains("ACTIVE").doesNotContain("PROPOSED");
        assertThat(q.get("properties").has("owner")).isFalse();
        assertThat(api.get("/ogc/collections/wells/queryables").header("Content-Type")).startsWith("application/schema+json");
    }

    /**
     * The next links page by keyset ({@code after} the page's last id, no offset: a deep page costs
     * what the first does); followed from the first page they give every feature once, in id order,
     * the same as the view's own order, with the whole query's numberMatched on every page.
     */
    @Test
    void pagesFollowNextLinksToEveryFeature() {
        long total = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        List<String> expected = jdbc.sql("select registry_number from pub.well order by registry_number").query(String.class).list();
        String next = "/ogc/collections/wells/items?limit=50";
        List<String> ids = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            JsonNode page = api.get(next).json();
            assertThat(page.get("numberMatched").asLong()).isEqualTo(total);
            page.get("features").forEach(f -> ids.add(f.get("id").asString()));
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
            if (pages > 0) {
                assertThat(link(page, "self")).as("self of a page by keyset").contains("after=").doesNotContain("offset=");
            }
            next = link(page, "next");
            if (next != null) {
                assertThat(next).contains("after=" + ids.get(ids.size() - 1)).doesNotContain("offset=");
                assertThat(link(page, "prev")).as("no prev on a page by keyset").isNull();
            }
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(ids).containsExactlyElementsOf(expected);
        // an offset page still pages by offset back and by keyset forward
        JsonNode second = api.get("/ogc/collections/wells/items?limit=50&offset=50").json();
        assertThat(second.get("features").get(0).get("id").asString()).isEqualTo(expected.get(50));
        assertThat(link(second, "prev")).contains("offset=0");
        // a collection with numeric ids: after takes a number, and the next page goes on from it
        JsonNode features = api.get("/ogc/collections/protected-features/items?limit=3").json();
        long after = features.get("features").get(2).get("id").asLong();
        assertThat(link(features, "next")).contains("after=" + after);
        JsonNode rest = api.get(link(features, "next")).json();
        assertThat(rest.get("features").get(0).get("id").asLong()).isGreaterThan(after);
    }

    private static String link(JsonNode page, String rel) {
        for (JsonNode link : page.get("links")) {
            if (link.get("rel").asString().equals(rel)) {
                return link.get("href").asString();
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "use = 'AGRICULTURAL'|use = 'AGRICULTURAL'",
            "use <> 'AGRICULTURAL' AND depthM >= 50|use <> 'AGRICULTURAL' and depth_m >= 50",
            "(use = 'DOMESTIC' OR use = 'LIVESTOCK') AND NOT status = 'ABANDONED'|(use in ('DOMESTIC', 'LIVESTOCK')) and status <> 'ABANDONED'",
            "depthM BETWEEN 40 AND 90|depth_m between 40 and 90",
            "use IN ('MONITORING', 'LIVESTOCK')|use in ('MONITORING', 'LIVESTOCK')",
            "registryNumber LIKE 'W-WU-%'|registry_number like 'W-WU-%'",
            "\"type\" = 'HAND_DUG' and depthM < 100.5|type = 'HAND_DUG' and depth_m < 100.5",
            "diameterMm IS NULL|diameter_mm is null",
            "isSample = false AND depthM > 0|not is_sample and depth_m > 0",
            "S_INTERSECTS(geometry, BBOX(55.6, 19.6, 56.5, 20.5))|ST_Intersects(geom, ST_MakeEnvelope(55.6, 19.6, 56.5, 20.5, 4326))",
            "S_INTERSECTS(geometry, POLYGON((55.6 19.6, 56.5 19.6, 56.5 20.5, 55.6 19.6))) AND use = 'DOMESTIC'|ST_Intersects(geom, ST_GeomFromText('POLYGON((55.6 19.6, 56.5 19.6, 56.5 20.5, 55.6 19.6))', 4326)) and use = 'DOMESTIC'",
            "registeredAt > TIMESTAMP('2000-01-01T00:00:00Z')|created_at > '2000-01-01T00:00:00Z'"})
    void cql2FiltersSelectWhatTheSameSqlSelects(String pair) {
        String[] parts = pair.split("\\|");
        Response r = api.get("/ogc/collections/wells/items?limit=10000&filter-lang=cql2-text&filter=" + encode(parts[0]));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        long expected = jdbc.sql("select count(*) from pub.well where " + parts[1]).query(Long.class).single();
        assertThat(r.json().get("numberMatched").asLong()).as(parts[0]).isEqualTo(expected);
        assertThat(r.json().get("features").size()).isEqualTo((int) expected);
    }

    @Test
    void aFilterInUtm40nIsTheSameAreaAsInDegrees() {
        String degrees = "S_INTERSECTS(geometry, BBOX(55.6, 19.6, 56.5, 20.5))";
        long expected = api.get("/ogc/collections/wells/items?filter=" + encode(degrees)).json().get("numberMatched").asLong();
        double[] box = jdbc.sql("select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select ST_Transform("
                + "ST_MakeEnvelope(55.55, 19.55, 56.55, 20.55, 4326), 32640) as e) b")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        String utm = String.format(Locale.ROOT, "S_INTERSECTS(geometry, BBOX(%.1f, %.1f, %.1f, %.1f))", box[0], box[1], box[2], box[3]);
        Response r = api.get("/ogc/collections/wells/items?filter-crs=http://www.opengis.net/def/crs/EPSG/0/32640&filter=" + encode(utm));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("numberMatched").asLong()).isGreaterThanOrEqualTo(expected).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner = 'x'", "ownerName = 'x'", "status = 5", "depthM = 'deep'", "depthM + 1 > 3",
            "S_WITHIN(geometry, BBOX(55, 19, 56, 20))", "T_AFTER(registeredAt, TIMESTAMP('2020-01-01T00:00:00Z'))",
            "upper(status) = 'ACTIVE'", "status = 'ACTIVE' AND", "((((status = 'ACTIVE'", "status = 'unterminated",
            "S_INTERSECTS(geometry, POLYGON((55 19, 56 20, 56 19, 55 20, 55 19)))", "S_INTERSECTS(geometry, BBOX(56, 19, 55, 20))",
            "S_INTERSECTS(geometry, POLYGON((1 2; DROP TABLE well)))", "status = 'ACTIVE'; drop table well", "depthM > 1e999",
            "isSample < true", "registeredAt > TIMESTAMP('yesterday')", "depthM LIKE '1%'"})
    void anythingElseIsAClearBilingual400(String filter) {
        Response r = api.get("/ogc/collections/wells/items?filter=" + encode(filter));
        assertThat(r.status()).as(filter + " → " + r).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("filter");
        assertThat(error.get("code").asString()).startsWith("CQL2_");
        assertThat(error.get("messageAr").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from well").query(Long.class).single()).isPositive(); // still there
    }

    @Test
    void aValueThatLooksLikeSqlIsOnlyAValue() {
        Response r = api.get("/ogc/collections/wells/items?filter=" + encode("registryNumber = 'x'' OR ''1''=''1'"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("numberMatched").asLong()).isZero();
        Response q = api.get("/ogc/collections/wells/items?registryNumber=" + encode("x' or '1'='1"));
        assertThat(q.json().get("numberMatched").asLong()).isZero();
    }

    @Test
    void queryableParametersDatetimeAndBbox() {
        long active = jdbc.sql("select count(*) from pub.well where status = 'ACTIVE' and use = 'DOMESTIC'").query(Long.class).single();
        assertThat(api.get("/ogc/collections/wells/items?status=ACTIVE&use=DOMESTIC").json().get("numberMatched").asLong()).isEqualTo(active);
        long all = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        assertThat(api.get("/ogc/collections/wells/items?datetime=2000-01-01T00:00:00Z/..").json().get("numberMatched").asLong()).isEqualTo(all);
        assertThat(api.get("/ogc/collections/wells/items?datetime=../2000-01-01").json().get("numberMatched").asLong()).isZero();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(api.get("/ogc/collections/wells/items?datetime=" + today).json().get("numberMatched").asLong()).isPositive();
        String bbox = String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", spot[0] - 0.001, spot[1] - 0.001, spot[0] + 0.02, spot[1] + 0.02);
        assertThat(api.get("/ogc/collections/wells/items?bbox=" + bbox).json().get("numberMatched").asLong()).isEqualTo(6);
        assertThat(api.get("/ogc/collections/governorates/items?datetime=2000-01-01").json().get("numberMatched").asLong()).isEqualTo(11);
    }

    @Test
    void oneItemInJsonAndHtmlAndInUtm() {
        Response r = api.get("/ogc/collections/wells/items/" + firstNumber);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        assertThat(r.json().get("id").asString()).isEqualTo(firstNumber);
        assertThat(r.json().get("properties").has("owner")).isFalse();
        Response utm = api.get("/ogc/collections/wells/items/" + firstNumber + "?crs=EPSG:32640");
        assertThat(utm.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/32640>");
        assertThat(utm.json().get("geometry").get("coordinates").get(0).asDouble()).isBetween(100_000.0, 900_000.0);
        Response html = api.get("/ogc/collections/wells/items/" + firstNumber + "?f=html");
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("dir=\"rtl\"").contains("رقم السجل").contains("Registry number").contains(firstNumber);
        Response browser = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/ogc/collections?")).GET(),
                java.util.Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(browser.body()).contains("الطبقات").contains("Collections").contains("أمهات الأفلاج");
        assertThat(api.get("/ogc/collections/wells/items?f=html&limit=3").body()).contains("التالي — Next");
        assertThat(api.get("/ogc/collections/wells/items/W-XX-1999-000000").status()).isEqualTo(404);
        assertThat(api.get("/ogc/collections/restricted-zones/items/not-a-number").status()).isEqualTo(404);
        assertThat(api.get("/ogc/collections/owners").status()).isEqualTo(404);
    }

    @Test
    void staffSeeTheStaffAttributesAndThePublicDoesNot() {
        String path = "/ogc/collections/wells/items/" + firstNumber;
        JsonNode open = api.anonymous().get(path).json().get("properties");
        assertThat(open.has("registryNumber")).isTrue();
        assertThat(open.has("drillingContractor")).isFalse();
        assertThat(open.has("staticWaterLevelM")).isFalse();
        for (org.manhal.api.security.Role role : Audience.STAFF_ROLES) {
            Response r = api.as(role).get(path);
            assertThat(r.json().get("properties").has("drillingContractor")).as(role.name()).isTrue();
            assertThat(r.header("Vary")).contains("Authorization");
        }
        Response office = api.as(org.manhal.api.security.Role.CONSULTANCY_OFFICE).get("/ogc/collections/wells/items?limit=1");
        assertThat(office.json().get("features").get(0).get("properties").has("drillingContractor")).isFalse();
        // the staff attributes are no filter for anyone: filters name public attributes only
        assertThat(api.get("/ogc/collections/wells/items?filter=" + encode("drillingContractor = 'x'")).status()).isEqualTo(400);
    }

    @Test
    void theOpenApiIsSelfContained() {
        Response r = api.get("/ogc/api");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/vnd.oai.openapi+json");
        assertThat(r.body()).doesNotContain("schemas.opengis.net");
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asString()).startsWith("3.0");
        assertThat(doc.get("paths").has("/collections/wells/items")).isTrue();
        assertThat(doc.get("paths").get("/collections/{collectionId}/items").get("get").get("parameters").toString())
                .contains("#/components/parameters/datetime");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/");
            String[] path = ref.substring(2).split("/");
            JsonNode target = doc;
            for (String p : path) {
                target = target.get(p);
                assertThat(target).as(ref).isNotNull();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogc/collections/wells/items?limit=0", "/ogc/collections/wells/items?limit=abc",
            "/ogc/collections/wells/items?limit=10001", "/ogc/collections/wells/items?bbox=1,2,3",
            "/ogc/collections/wells/items?bbox=57,23,56,24", "/ogc/collections/wells/items?crs=EPSG:2100",
            "/ogc/collections/wells/items?bbox-crs=EPSG:4326&bbox=1,2,3,4", "/ogc/collections/wells/items?datetime=yesterday",
            "/ogc/collections/wells/items?statuz=ACTIVE", "/ogc/collections/wells/items?status=OPEN",
            "/ogc/collections/wells/items?depthM=deep", "/ogc/collections/wells/items?filter-lang=cql2-json&filter=x",
            "/ogc/collections/wells/items?f=xml", "/ogc/collections?f=pdf", "/ogc/collections/wells/items/x?crs=EPSG:1",
            "/ogc/collections/wells/items?offset=-1", "/ogc?foo=bar",
            "/ogc/collections/wells/items?after=W-1&offset=10", "/ogc/collections/wells/items?after=",
            "/ogc/collections/protected-features/items?after=abc"})
    void badParametersAre400Problems(String path) {
        Response r = api.get(path);
        assertThat(r.status()).as(path + " → " + r).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("titleAr").asString()).isNotBlank();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asString());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
