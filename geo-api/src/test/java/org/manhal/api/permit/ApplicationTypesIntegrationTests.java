package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What each well application type does on approval: a registration registers the existing well
 * (owner: the applicant); a deepening names a registry well, must go deeper, and its completion
 * leaves the well DEEPENED at the new depth; a replacement registers the new well as PERMITTED and
 * names the one to backfill.
 */
@ManhalApiTest
class ApplicationTypesIntegrationTests {

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;

    SpacingFixtures spots;

    ApplicationTypesIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @BeforeEach
    void setUp() {
        spots = new SpacingFixtures(jdbc);
    }

    @Test
    void anApprovedRegistrationRegistersTheExistingWellWithTheApplicantAsOwner() {
        double[] at = spots.freeSpot();
        JsonNode a = submitted("{\"type\":\"WELL_REGISTRATION\",\"location\":" + point(at) + ",\"proposed\":{\"type\":\"HAND_DUG\","
                + "\"use\":\"DOMESTIC\",\"depthM\":30}," + applicant() + "}");
        assertThat(a.get("reference").asString()).startsWith("WR-");
        JsonNode approved = approve(a.get("reference").asString());

        JsonNode well = api.get("/api/wells/" + approved.get("wellId").asLong()).json().get("properties");
        assertThat(well.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(well.get("type").asString()).isEqualTo("HAND_DUG");
        assertThat(well.get("owner").get("civilId").asString()).isEqualTo(ApplicationFixtures.SENTINEL_CIVIL_ID);
    }

    @Test
    void aDeepeningNamesAWellGoesDeeperAndEndsDeepened() {
        long wellId = existingWell(spots.freeSpot());
        Response shallower = apps.submit("{\"type\":\"WELL_DEEPENING\",\"wellId\":" + wellId + ",\"proposed\":{\"depthM\":100},"
                + applicant() + "}", UUID.randomUUID().toString());
        assertThat(shallower.status()).isEqualTo(400);
        assertThat(shallower.json().get("errors").get(0).get("code").asString()).isEqualTo("NOT_DEEPER");
        Response noWell = apps.submit("{\"type\":\"WELL_DEEPENING\",\"proposed\":{\"depthM\":180}," + applicant() + "}",
                UUID.randomUUID().toString());
        assertThat(noWell.status()).isEqualTo(400);
        assertThat(noWell.json().get("errors").get(0).get("field").asString()).isEqualTo("wellId");

        JsonNode a = submitted("{\"type\":\"WELL_DEEPENING\",\"wellId\":" + wellId + ",\"proposed\":{\"depthM\":180},"
                + applicant() + "}");
        assertThat(a.get("reference").asString()).startsWith("DP-");
        assertThat(a.get("proposed").get("use").asString()).as("taken from the well").isEqualTo("AGRICULTURAL");
        JsonNode approved = approve(a.get("reference").asString());
        assertThat(approved.get("wellId").asLong()).isEqualTo(wellId);

        String licence = "DC-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/contractors", "application/json", "{\"licenceNumber\":\"" + licence + "\",\"name\":\"Deep LLC\","
                + "\"licenceClass\":\"B\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\",\"validUntil\":\""
                + LocalDate.now().plusDays(300) + "\"}").status()).isEqualTo(201);
        String ref = a.get("reference").asString();
        assertThat(api.post("/api/applications/" + ref + "/contractor", "application/json",
                "{\"licenceNumber\":\"" + licence + "\"}").status()).isEqualTo(200);
        JsonNode location = a.get("location");
        Response done = api.post("/api/permits/" + ref + "/completion", "application/json", "{\"licenceNumber\":\"" + licence
                + "\",\"location\":" + location + ",\"depthM\":180,\"drilledOn\":\"" + LocalDate.now() + "\"}");
        assertThat(done.status()).as("%s", done).isEqualTo(201);
        JsonNode well = api.get("/api/wells/" + wellId).json().get("properties");
        assertThat(well.get("status").asString()).isEqualTo("DEEPENED");
        assertThat(well.get("depthM").asDouble()).isEqualTo(180.0);
    }

    @Test
    void aReplacementRegistersTheNewWellAndNamesTheOneToBackfill() {
        double[] at = spots.freeSpot();
        long old = existingWell(at);
        double[] next = SpacingFixtures.at(at[0], at[1], 0, 200);
        JsonNode a = submitted("{\"type\":\"WELL_REPLACEMENT\",\"wellId\":" + old + ",\"location\":" + point(next)
                + ",\"proposed\":{\"use\":\"AGRICULTURAL\",\"yieldM3PerDay\":350,\"depthM\":150}," + applicant() + "}");
        assertThat(a.get("reference").asString()).startsWith("RP-");
        JsonNode approved = approve(a.get("reference").asString());

        assertThat(approved.get("subjectWellId").asLong()).isEqualTo(old);
        long fresh = approved.get("wellId").asLong();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(api.get("/api/wells/" + fresh).json().get("properties").get("status").asString()).isEqualTo("PERMITTED");
    }

    @Test
    void anUnknownWellIsNamedAsSuch() {
        Response r = apps.submit("{\"type\":\"WELL_DEEPENING\",\"wellId\":987654321,\"proposed\":{\"depthM\":180},"
                + applicant() + "}", UUID.randomUUID().toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_WELL");
    }

    private long existingWell(double[] at) {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode submitted(String body) {
        Response r = apps.submit(body, UUID.randomUUID().toString());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private JsonNode approve(String ref) {
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        Response r = apps.step(ref, "approval", "in order");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("decision").get("verdict").isObject()).isTrue();
        return r.json();
    }

    private static String point(double[] p) {
        return "{\"type\":\"Point\",\"coordinates\":[" + p[0] + "," + p[1] + "]}";
    }

    private static String applicant() {
        return "\"applicant\":{\"name\":\"" + ApplicationFixtures.SENTINEL_NAME + "\",\"civilId\":\""
                + ApplicationFixtures.SENTINEL_CIVIL_ID + "\"}";
    }
}
