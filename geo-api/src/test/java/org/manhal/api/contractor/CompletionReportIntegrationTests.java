package org.manhal.api.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Contractors and completion reports: only an active contractor with a valid licence is named on
 * an approved permit; only the named one reports, once; the report moves the well from PERMITTED
 * to ACTIVE through the registry (its history shows it), and a well drilled farther than the
 * tolerance (30 m) from the permitted location carries a finding and the spacing verdict there.
 */
@ManhalApiTest
class CompletionReportIntegrationTests {

    final ApiClient api;

    @Autowired
    JdbcClient jdbc;

    SpacingFixtures spots;
    String active;
    String other;

    CompletionReportIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        spots = new SpacingFixtures(jdbc);
        active = contractor("ACTIVE", LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        other = contractor("ACTIVE", LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
    }

    @Test
    void theNamedContractorsReportActivatesTheWellThroughTheRegistry() {
        double[] at = spots.freeSpot();
        JsonNode permit = approvedDrilling(at);
        String ref = permit.get("reference").asString();
        long wellId = permit.get("wellId").asLong();

        assertThat(code(report(ref, active, SpacingFixtures.at(at[0], at[1], 45, 10))))
                .as("no contractor named yet").isEqualTo("NO_CONTRACTOR");
        assertThat(assign(ref, active).status()).isEqualTo(200);
        assertThat(code(report(ref, other, SpacingFixtures.at(at[0], at[1], 45, 10))))
                .isEqualTo("NOT_THE_NAMED_CONTRACTOR");

        Response r = report(ref, active, SpacingFixtures.at(at[0], at[1], 45, 10));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("wellStatus").asString()).isEqualTo("ACTIVE");
        assertThat(r.json().get("movedM").asDouble()).isCloseTo(10.0, offset(0.005));
        assertThat(r.json().get("findings")).isEmpty();
        JsonNode well = api.get("/api/wells/" + wellId).json().get("properties");
        assertThat(well.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(well.get("depthM").asDouble()).isEqualTo(131.5);
        List<String> statuses = new ArrayList<>();
        api.get("/api/wells/" + wellId + "/history").json().get("changes").forEach(c -> statuses.add(c.get("action").asString()));
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(2);
        assertThat(code(report(ref, active, SpacingFixtures.at(at[0], at[1], 45, 10)))).isEqualTo("ALREADY_REPORTED");
        List<String> actions = new ArrayList<>();
        api.get("/api/applications/" + ref + "/timeline").json().get("timeline").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).endsWith("ASSIGN_CONTRACTOR", "REPORT_COMPLETION");
        // the portal is told, in the report's own transaction (the suite's subscriber wants every event)
        List<String> payloads = jdbc.sql("select payload from webhook_delivery where reference = ? and event_type = 'CompletionReported'")
                .param(ref).query(String.class).list();
        assertThat(payloads).hasSize(1);
        JsonNode event = new tools.jackson.databind.ObjectMapper().readTree(payloads.get(0));
        assertThat(event.get("type").asString()).isEqualTo("CompletionReported");
        assertThat(event.get("applicationType").asString()).isEqualTo("WELL_DRILLING");
        assertThat(event.get("status").asString()).as("the application stays approved").isEqualTo("APPROVED");
        assertThat(event.get("wellStatus").asString()).isEqualTo("ACTIVE");
        assertThat(event.propertyNames()).containsExactlyInAnyOrder("eventId", "type", "reference", "applicationType", "status",
                "occurredAt", "wellStatus");
    }

    @Test
    void aWellDrilledBeyondTheToleranceCarriesAFindingAndTheVerdictThere() {
        double[] at = spots.freeSpot();
        String ref = approvedDrilling(at).get("reference").asString();
        assign(ref, active);

        Response r = report(ref, active, SpacingFixtures.at(at[0], at[1], 180, 80));

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().get("movedM").asDouble()).isCloseTo(80.0, offset(0.005));
        JsonNode finding = r.json().get("findings").get(0);
        assertThat(finding.get("code").asString()).isEqualTo("MOVED_BEYOND_TOLERANCE");
        assertThat(finding.get("limit").asDouble()).isEqualTo(30.0);
        assertThat(finding.get("messageAr").asString()).isNotBlank();
        assertThat(r.json().get("verdict").get("verdict").asString()).isEqualTo("PASS");
        assertThat(api.get("/api/permits/" + ref + "/completion").json().get("movedM").asDouble())
                .isCloseTo(80.0, offset(0.005));
    }

    @Test
    void suspendedExpiredAndUnknownContractorsCannotBeNamed() {
        String ref = approvedDrilling(spots.freeSpot()).get("reference").asString();
        String suspended = contractor("SUSPENDED", LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        String expired = contractor("ACTIVE", LocalDate.now().minusYears(2), LocalDate.now().minusDays(1));

        assertThat(code(assign(ref, suspended))).isEqualTo("CONTRACTOR_NOT_ALLOWED");
        assertThat(code(assign(ref, expired))).isEqualTo("CONTRACTOR_NOT_ALLOWED");
        Response unknown = assign(ref, "NO-SUCH-LICENCE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_CONTRACTOR");
        assertThat(jdbc.sql("select count(*) from permit_assignment p join application a on a.id = p.application_id "
                + "where a.reference = ?").param(ref).query(Long.class).single()).isZero();
    }

    @Test
    void aPermitNotYetApprovedHasNoContractor() {
        String ref = submit(spots.freeSpot()).get("reference").asString();
        Response r = assign(ref, active);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("type").asString()).isEqualTo("https://manhal.om/problems/not-approved");
    }

    @Test
    void aLicenceNumberIsRegisteredOnce() {
        Response again = api.post("/api/contractors", "application/json", contractorJson(active, "ACTIVE",
                LocalDate.now(), LocalDate.now().plusYears(1)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(api.get("/api/contractors/" + active).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get("/api/contractors/NOPE").status()).isEqualTo(404);
    }

    private String contractor(String status, LocalDate from, LocalDate until) {
        String licence = "DC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response r = api.post("/api/contractors", "application/json", contractorJson(licence, status, from, until));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return licence;
    }

    private static String contractorJson(String licence, String status, LocalDate from, LocalDate until) {
        return "{\"licenceNumber\":\"" + licence + "\",\"name\":\"Test Drilling LLC\",\"licenceClass\":\"A\","
                + "\"validFrom\":\"" + from + "\",\"validUntil\":\"" + until + "\",\"status\":\"" + status + "\"}";
    }

    private JsonNode submit(double[] at) {
        Response r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\":\"WELL_DRILLING\",\"location\":"
                        + "{\"type\":\"Point\",\"coordinates\":[" + at[0] + "," + at[1] + "]},\"proposed\":{\"use\":\"DOMESTIC\","
                        + "\"depthM\":100,\"yieldM3PerDay\":4},\"applicant\":{\"name\":\"Owner\",\"civilId\":\"12345678\"}}")),
                java.util.Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private JsonNode approvedDrilling(double[] at) {
        String ref = submit(at).get("reference").asString();
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "").status()).isEqualTo(200);
        Response r = api.post("/api/applications/" + ref + "/approval", "application/json", "{\"reason\":\"ok\"}");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    private Response assign(String ref, String licence) {
        return api.post("/api/applications/" + ref + "/contractor", "application/json", "{\"licenceNumber\":\"" + licence + "\"}");
    }

    private Response report(String ref, String licence, double[] p) {
        return api.post("/api/permits/" + ref + "/completion", "application/json", "{\"licenceNumber\":\"" + licence
                + "\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + p[0] + "," + p[1] + "]},\"depthM\":131.5,"
                + "\"yieldM3PerDay\":4,\"staticWaterLevelM\":40,\"drilledOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
    }

    /** The code of a 409 contractor-refused problem, or the status when it is not one. */
    private static String code(Response r) {
        if (r.status() != 409 || !r.json().has("code")) {
            return r.toString();
        }
        return r.json().get("code").asString();
    }
}
