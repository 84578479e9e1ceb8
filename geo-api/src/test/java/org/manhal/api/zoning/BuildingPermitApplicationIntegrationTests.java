package org.manhal.api.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.zoning.ZoneRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Building-permit applications wired to the zoning check: the verdict at submission is kept with
 * the application; the approval re-runs the check and is granted on a PASS only (a footprint
 * 1 cm inside the front setback: 409 approval-refused with the verdict, still under review); an
 * unknown plot or an invalid footprint is a 400 naming the building's field. The plot is a
 * 30 × 40 m rectangle in zone T1 (front setback 6 m on the south street, side 3 m, rear 4.5 m).
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildingPermitApplicationIntegrationTests {

    static final double E0 = 600_000;
    static final double N0 = 2_600_000;

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;
    ZoningFixtures fx;

    BuildingPermitApplicationIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void plot() {
        fx = new ZoningFixtures(jdbc, rules);
        fx.residentialRule("T1");
        fx.zone("T1", rect(E0, N0, -1000, -1000, 1000, 1000), UTM40);
        fx.rectanglePlot("BP-RECT-1", E0, N0);
    }

    @Test
    void aBuildingThatRespectsTheZoningIsApprovedOnAFreshCheck() {
        JsonNode a = submitted(building("BP-RECT-1", fp(3, 6, 27, 35.5)));
        String ref = a.get("reference").asString();
        assertThat(ref).startsWith("BP-");
        assertThat(a.get("location").get("type").asString()).isEqualTo("Polygon");
        assertThat(a.get("building").get("submissionVerdict").get("verdict").asString()).isEqualTo("PASS");

        JsonNode approved = approve(ref);

        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decision").get("verdict").get("verdict").asString()).isEqualTo("PASS");
        assertThat(approved.get("wellId").isNull()).isTrue();
        Response mine = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/public/applications/" + ref)).GET(),
                Map.of("X-Access-Code", a.get("accessCode").asString()));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("location").get("type").asString()).isEqualTo("Polygon");
    }

    @Test
    void aFootprintOneCentimetreInsideTheFrontSetbackIsFiledButNotApproved() {
        JsonNode a = submitted(building("BP-RECT-1", fp(3, 5.99, 27, 35.5)));
        String ref = a.get("reference").asString();
        assertThat(a.get("building").get("submissionVerdict").get("verdict").asString()).isEqualTo("FAIL");
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "").status()).isEqualTo(200);

        Response refused = api.post("/api/applications/" + ref + "/approval", "application/json", "{\"reason\":\"try\"}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("https://manhal.om/problems/approval-refused");
        assertThat(refused.json().get("verdict").get("verdict").asString()).isEqualTo("FAIL");
        assertThat(refused.json().get("detailAr").asString()).isNotBlank();
        assertThat(api.get("/api/applications/" + ref).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(api.post("/api/applications/" + ref + "/rejection", "application/json",
                "{\"reason\":\"front setback\"}").status()).isEqualTo(200);
    }

    @Test
    void anUnknownPlotOrAnInvalidFootprintIsRefusedNamingTheBuildingsField() {
        Response unknown = submit(building("NO-SUCH-PLOT", fp(3, 6, 27, 35.5)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("building.plot");
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[57.98,23.5],[57.981,23.501],[57.981,23.5],[57.98,23.501],[57.98,23.5]]]}";
        Response invalid = submit(building("BP-RECT-1", bowtie));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).startsWith("building.footprint");
        Response none = submit("{\"type\":\"BUILDING_PERMIT\",\"applicant\":{\"name\":\"x\",\"civilId\":\"12345678\"}}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("building");
    }

    private String building(String plotNumber, String footprint) {
        return "{\"type\":\"BUILDING_PERMIT\",\"building\":" + fx.onPlot(plotNumber, footprint, "RESIDENTIAL", 2, 9.0, null)
                + ",\"applicant\":{\"name\":\"Planner Test Owner\",\"civilId\":\"55667788\"}}";
    }

    private String fp(double x1, double y1, double x2, double y2) {
        return fx.geoJson(rect(E0, N0, x1, y1, x2, y2), UTM40);
    }

    private Response submit(String body) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
    }

    private JsonNode submitted(String body) {
        Response r = submit(body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private JsonNode approve(String ref) {
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "").status()).isEqualTo(200);
        Response r = api.post("/api/applications/" + ref + "/approval", "application/json", "{\"reason\":\"zoning passes\"}");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }
}
