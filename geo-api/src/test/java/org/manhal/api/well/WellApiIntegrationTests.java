package org.manhal.api.well;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The wells API over real HTTP against the real PostGIS that bin/manhal provisions.
 */
@ManhalApiTest
class WellApiIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    WellApiIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void registersWellAndAssignsRegistryNumberWilayatAndGovernorate() {
        // Nizwa town, Ad Dakhiliyah.
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(57.5301, 22.9333));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = r.json().get("properties");
        assertThat(r.header("Location")).endsWith("/api/wells/" + r.json().get("id").asLong());
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        assertThat(p.get("registryNumber").asString()).matches("W-DA-\\d{4}-\\d{6}");
        assertThat(p.get("governorate").get("code").asString()).isEqualTo("OM-DA");
        assertThat(p.get("wilayat").get("nameEn").asString()).isEqualTo("Nizwa");
        assertThat(p.get("wilayat").get("nameAr").asString()).isEqualTo("نزوى");
        assertThat(p.get("depthM").asDouble()).isEqualTo(120.5);
        assertThat(r.json().get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(57.5301);
    }

    @Test
    void acceptsPlainJsonAsWellAsGeoJsonMediaType() {
        double[] at = Wells.freshSpot();
        Response r = api.post("/api/wells", "application/json", Wells.feature(at[0], at[1]));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void readsWellWithItsEtagAndPersonalData() {
        double[] at = Wells.freshSpot();
        String location = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).header("Location");

        Response r = api.get(location);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        assertThat(r.json().get("properties").get("owner").get("civilId").asString()).isEqualTo("12345678");
        assertThat(r.json().get("properties").get("type").asString()).isEqualTo("BOREHOLE");
    }

    @Test
    void registryNumbersAreUniqueAndIncreasing() {
        double[] at = Wells.freshSpot();
        String first = register(at[0], at[1]).get("properties").get("registryNumber").asString();
        String second = register(at[0] + 0.0001, at[1]).get("properties").get("registryNumber").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(second.substring(0, 10)).isEqualTo(first.substring(0, 10));
        assertThat(Integer.parseInt(second.substring(10))).isGreaterThan(Integer.parseInt(first.substring(10)));
    }

    @Test
    void findsWellsInBboxFilteredByUseAndStatusWithPagingLinks() {
        double[] at = Wells.freshSpot();
        register(at[0], at[1]);
        register(at[0] + 0.0002, at[1]);
        register(at[0], at[1] + 0.0002);
        api.post("/api/wells", "application/geo+json",
                Wells.feature(at[0] + 0.0003, at[1], "HAND_DUG", "DOMESTIC", "ABANDONED", ""));
        String bbox = Wells.bboxAround(at[0], at[1]);

        JsonNode all = api.get("/api/wells?bbox=" + bbox).json();
        JsonNode page1 = api.get("/api/wells?bbox=" + bbox + "&use=AGRICULTURAL&limit=2").json();
        JsonNode abandoned = api.get("/api/wells?bbox=" + bbox + "&status=ABANDONED").json();

        assertThat(all.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(all.get("numberMatched").asLong()).isEqualTo(4);
        assertThat(page1.get("numberMatched").asLong()).isEqualTo(3);
        assertThat(page1.get("numberReturned").asLong()).isEqualTo(2);
        assertThat(abandoned.get("features")).hasSize(1);
        assertThat(abandoned.get("features").get(0).get("properties").get("use").asString()).isEqualTo("DOMESTIC");
        String next = linkHref(page1, "next");
        JsonNode page2 = api.get(next).json();
        assertThat(page2.get("numberReturned").asLong()).isEqualTo(1);
        assertThat(linkHref(page2, "next")).isNull();
        assertThat(linkHref(page2, "prev")).contains("offset=0");
    }

    @Test
    void findsAWellByItsRegistryNumberAsTypedOrInAnyCase() {
        double[] at = Wells.freshSpot();
        String number = register(at[0], at[1]).get("properties").get("registryNumber").asString();

        JsonNode exact = api.get("/api/wells?registryNumber=" + number).json();
        JsonNode lower = api.get("/api/wells?registryNumber=%20" + number.toLowerCase(java.util.Locale.ROOT)).json();
        JsonNode none = api.get("/api/wells?registryNumber=W-XX-1999-000001").json();

        assertThat(exact.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(exact.get("features").get(0).get("properties").get("registryNumber").asString()).isEqualTo(number);
        assertThat(lower.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(none.get("numberMatched").asLong()).isZero();
        assertThat(api.get("/api/wells?registryNumber=" + "W".repeat(101)).status()).isEqualTo(400);
        assertThat(api.get("/api/wells?registryNumber=W%01X").status()).isEqualTo(400);
    }

    @Test
    void listingLeavesOutPersonalData() {
        double[] at = Wells.freshSpot();
        register(at[0], at[1]);

        JsonNode f = api.get("/api/wells?bbox=" + Wells.bboxAround(at[0], at[1])).json().get("features").get(0);

        assertThat(f.get("properties").has("owner")).isFalse();
        assertThat(f.get("properties").get("registryNumber").asString()).startsWith("W-WU-");
    }

    @Test
    void correctsWellWithMatchingIfMatchAndMovesItsWilayat() {
        double[] at = Wells.freshSpot();
        JsonNode created = register(at[0], at[1]);
        long id = created.get("id").asLong();
        // Move it to Sohar: the wilayat and governorate follow the location.
        String moved = Wells.feature(56.7350, 24.3460, "BOREHOLE", "DOMESTIC", "STANDBY", "\"depthM\":60");

        Response r = api.put("/api/wells/" + id, moved, Map.of("If-Match", "\"0\""));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        JsonNode p = r.json().get("properties");
        assertThat(p.get("status").asString()).isEqualTo("STANDBY");
        assertThat(p.get("governorate").get("code").asString()).isEqualTo("OM-BS");
        assertThat(p.get("wilayat").get("nameEn").asString()).isEqualTo("Sohar");
        assertThat(p.get("registryNumber").asString()).isEqualTo(created.get("properties").get("registryNumber").asString());
    }

    @Test
    void refusesStaleWriteWith412AndKeepsTheWell() {
        double[] at = Wells.freshSpot();
        long id = register(at[0], at[1]).get("id").asLong();
        api.put("/api/wells/" + id, Wells.feature(at[0], at[1], "BOREHOLE", "DOMESTIC", "ACTIVE", ""), Map.of("If-Match", "\"0\""));

        Response stale = api.put("/api/wells/" + id,
                Wells.feature(at[0], at[1], "BOREHOLE", "INDUSTRIAL", "ACTIVE", ""), Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.get("/api/wells/" + id).json().get("properties").get("use").asString()).isEqualTo("DOMESTIC");
    }

    @Test
    void deletesWellSoftlyKeepingItsHistory() {
        double[] at = Wells.freshSpot();
        long id = register(at[0], at[1]).get("id").asLong();

        Response r = api.delete("/api/wells/" + id + "?reason=registered%20twice", Map.of("If-Match", "\"0\""));

        assertThat(r.status()).isEqualTo(204);
        Response gone = api.get("/api/wells/" + id);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("detail").asString()).contains("registered twice");
        assertThat(api.get("/api/wells?bbox=" + Wells.bboxAround(at[0], at[1])).json().get("numberMatched").asLong()).isZero();
        assertThat(jdbc.sql("select action from well_history where well_id = ? order by id").param(id).query(String.class).list())
                .containsExactly("REGISTERED", "DELETED");
        assertThat(api.delete("/api/wells/" + id, Map.of()).status()).isEqualTo(410);
    }

    @Test
    void answers404ForUnknownWell() {
        Response r = api.get("/api/wells/999999999");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("titleAr").asString()).isNotBlank();
    }

    private JsonNode register(double lon, double lat) {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(lon, lat));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static String linkHref(JsonNode collection, String rel) {
        for (JsonNode link : collection.get("links")) {
            if (link.get("rel").asString().equals(rel)) {
                return link.get("href").asString();
            }
        }
        return null;
    }
}
