package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;

/**
 * The personal-data policy on every read path, with sentinel values that can only come from the
 * one well that carries them: a single read and the history to the roles of
 * {@link PersonalDataAccess#MAY_READ} (each such read audited), never in lists, findings or
 * exports without {@code includePersonal}, never to any other role.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataPolicyIntegrationTests {

    private final String name = "SENTINEL-OWNER-" + UUID.randomUUID();
    private final String civilId = "9" + (10_000_000 + (long) (Math.random() * 80_000_000));
    private long id;
    private double[] spot;

    @BeforeAll
    void registerTheSentinelWell(ApiClient api) {
        spot = Wells.freshSpot();
        Response r = api.as(Role.STAFF).post("/api/wells", "application/geo+json", Wells.feature(spot[0], spot[1],
                "BOREHOLE", "AGRICULTURAL", "ACTIVE", "\"owner\":{\"name\":\"" + name + "\",\"civilId\":\"" + civilId + "\"}"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        id = r.json().path("id").asLong();
        // a correction, so the history has owner values on both sides
        Response c = api.as(Role.STAFF).put("/api/wells/" + id, Wells.feature(spot[0], spot[1], "BOREHOLE", "DOMESTIC",
                "ACTIVE", "\"owner\":{\"name\":\"" + name + "\",\"civilId\":\"" + civilId + "\"}"), Map.of());
        assertThat(c.status()).as(c.body()).isEqualTo(200);
    }

    @Test
    void aSingleReadCarriesTheOwnerOnlyForTheRolesThatNeedIt(ApiClient api) {
        for (Role role : Role.values()) {
            Response r = api.as(role).get("/api/wells/" + id);
            assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(200);
            if (PersonalDataAccess.MAY_READ.contains(role)) {
                assertThat(r.json().path("properties").path("owner").path("civilId").asString()).as(role.name()).isEqualTo(civilId);
                assertThat(r.body()).as(role.name()).contains(name);
            } else {
                assertThat(r.body()).as(role.name()).doesNotContain(name).doesNotContain(civilId);
            }
        }
    }

    @Test
    void theHistoryCarriesTheOwnerOnlyForTheRolesThatNeedIt(ApiClient api) {
        for (Role role : Role.values()) {
            Response r = api.as(role).get("/api/wells/" + id + "/history");
            if (r.status() == 401 || r.status() == 403) {
                continue; // the route's rule: checked by AccessRulesIntegrationTests
            }
            assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(200);
            if (PersonalDataAccess.MAY_READ.contains(role)) {
                assertThat(r.body()).as(role.name()).contains(civilId);
            } else {
                assertThat(r.body()).as(role.name()).doesNotContain(name).doesNotContain(civilId);
            }
        }
    }

    @Test
    void listsFindingsAndPlainExportsNeverCarryTheOwner(ApiClient api) {
        String bbox = (spot[0] - 0.01) + "," + (spot[1] - 0.01) + "," + (spot[0] + 0.01) + "," + (spot[1] + 0.01);
        for (Role role : Role.values()) {
            ApiClient client = api.as(role);
            Response list = client.get("/api/wells?bbox=" + bbox);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().path("numberMatched").asLong()).isEqualTo(1);
            assertThat(list.body()).as(role.name()).doesNotContain(name).doesNotContain(civilId);
            for (String path : new String[] {"/api/wells/" + id + "/findings", "/api/wells/export?format=csv&bbox=" + bbox,
                    "/api/wells/export?format=geojson&bbox=" + bbox}) {
                Response r = client.get(path);
                assertThat(r.body()).as(role + " " + path).doesNotContain(name).doesNotContain(civilId);
            }
        }
    }

    @Test
    void exportsWithPersonalDataAreRefusedWhileTheDeploymentDoesNotAllowThem(ApiClient api) {
        Response r = api.as(Role.STAFF).get("/api/wells/export?format=csv&includePersonal=true");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("type").asString()).endsWith("/personal-data-forbidden");
        assertThat(r.body()).doesNotContain(civilId);
    }

    @Test
    void eachReadOfTheOwnerIsAudited(ApiClient api) {
        String requestId = "pd-" + UUID.randomUUID();
        api.as(Role.FIELD_TECHNICIAN).send(java.net.http.HttpRequest.newBuilder(api.uri("/api/wells/" + id)).GET(),
                Map.of("X-Request-Id", requestId));
        String plannerRequest = "pd-" + UUID.randomUUID();
        api.as(Role.PLANNER).send(java.net.http.HttpRequest.newBuilder(api.uri("/api/wells/" + id)).GET(),
                Map.of("X-Request-Id", plannerRequest));

        Response audit = api.as(Role.AUDITOR).get("/api/audit?requestId=" + requestId);
        Response plannerAudit = api.as(Role.AUDITOR).get("/api/audit?requestId=" + plannerRequest);

        assertThat(audit.json().path("entries")).hasSize(1);
        assertThat(audit.json().path("entries").get(0).path("action").asString()).isEqualTo("PERSONAL_DATA_READ");
        assertThat(audit.json().path("entries").get(0).path("actor").asString()).isEqualTo("technician");
        assertThat(audit.json().path("entries").get(0).path("target").asString()).isEqualTo("well:" + id);
        assertThat(audit.json().path("entries").get(0).path("clientAddress").asString()).isNotBlank();
        // a read without the owner is no personal-data read
        assertThat(plannerAudit.json().path("entries")).isEmpty();
    }
}
