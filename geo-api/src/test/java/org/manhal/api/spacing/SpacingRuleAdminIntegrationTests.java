package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;
import static org.manhal.support.SpacingFixtures.pointWkt;
import static org.manhal.support.SpacingFixtures.request;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
 * The rules admin API: the seeded Oman defaults are listed (sourced rules apart from configurable
 * defaults), a rule is created and changed with optimistic locking, every change is audited with
 * old and new values, and a change applies to the next check.
 */
@ManhalApiTest
class SpacingRuleAdminIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    SpacingFixtures fixtures;
    String ruleId;

    SpacingRuleAdminIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        fixtures = new SpacingFixtures(jdbc);
        ruleId = "TEST-FUEL-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        // disable what the test created, so that it never affects the checks of the class's other tests
        jdbc.sql("update spacing_rule set enabled = false, version = version + 1, updated_by = 'test cleanup' where id = ?")
                .param(ruleId).update();
    }

    @Test
    void listsTheSeededOmanRulesMarkingConfigurableDefaults() {
        JsonNode rules = api.get("/api/spacing-rules").json().get("rules");

        JsonNode falaj = byId(rules, "OM-FALAJ-3500");
        assertThat(falaj.get("distanceM").decimalValue()).isEqualByComparingTo("3500");
        assertThat(falaj.get("operator").asString()).isEqualTo("MIN_DISTANCE");
        assertThat(falaj.get("targetKind").asString()).isEqualTo("FALAJ_MOTHER_WELL");
        assertThat(falaj.get("configurableDefault").asBoolean()).isFalse();
        assertThat(byId(rules, "OM-WPZ-RED").get("operator").asString()).isEqualTo("NOT_INSIDE");
        assertThat(byId(rules, "OM-WPZ-ORANGE").get("outcome").asString()).isEqualTo("REJECT");
        assertThat(byId(rules, "OM-ZONE-NO-NEW-WELLS").get("configurableDefault").asBoolean()).isFalse();
        assertThat(byId(rules, "OM-WELL-201").get("configurableDefault").asBoolean()).isTrue();
    }

    @Test
    void createsChangesAndAuditsARuleThatTheNextCheckApplies() {
        double[] station = fixtures.freeSpot();
        fixtures.feature("FUEL_STATION", "Test station", pointWkt(station));
        double[] well = at(station[0], station[1], 10, 700);
        String check = request(well, "WELL_DRILLING", "INDUSTRIAL", 4242.0);
        assertThat(api.post("/api/checks/well-spacing", "application/json", check).json().get("verdict").asString())
                .isEqualTo("PASS");

        Response created = put(ruleId, rule("1000", "REJECT"), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(api.post("/api/checks/well-spacing", "application/json", check).json().get("verdict").asString())
                .isEqualTo("FAIL");

        Response changed = put(ruleId, rule("500", "REJECT"), "\"0\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.post("/api/checks/well-spacing", "application/json", check).json().get("verdict").asString())
                .isEqualTo("PASS");

        JsonNode changes = api.get("/api/spacing-rules/" + ruleId + "/audit").json().get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("action").asString()).isEqualTo("CREATED");
        assertThat(changes.get(0).get("oldValues").isNull()).isTrue();
        assertThat(changes.get(1).get("action").asString()).isEqualTo("UPDATED");
        assertThat(changes.get(1).get("changedBy").asString()).isEqualTo("admin");
        assertThat(changes.get(1).get("oldValues").get("distance_m").doubleValue()).isEqualTo(1000.0);
        assertThat(changes.get(1).get("newValues").get("distance_m").doubleValue()).isEqualTo(500.0);
    }

    @Test
    void refusesAChangeBasedOnAnOldVersion() {
        put(ruleId, rule("1000", "WARN"), null);
        put(ruleId, rule("900", "WARN"), "\"0\"");

        Response stale = put(ruleId, rule("800", "WARN"), "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAnInconsistentRuleWithEveryProblem() {
        String zoneWithDistance = "{\"applicationTypes\":[\"WELL_DRILLING\",\"BUILDING_PERMIT\"],\"targetKind\":\"WPZ_RED\","
                + "\"operator\":\"NOT_INSIDE\",\"distanceM\":100,\"outcome\":\"MAYBE\",\"legalReference\":\"x\","
                + "\"messageAr\":\"س\",\"messageEn\":\"e\"}";

        Response r = put(ruleId, zoneWithDistance, null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("applicationTypes", "outcome");
        Response inconsistent = put(ruleId, zoneWithDistance.replace("\"BUILDING_PERMIT\"", "\"WELL_DEEPENING\"")
                .replace("MAYBE", "REJECT"), null);
        assertThat(inconsistent.status()).isEqualTo(400);
        assertThat(inconsistent.json().get("errors").get(0).get("code").asString()).isEqualTo("INVALID_RULE");
    }

    @Test
    void anUnknownRuleIsNotFound() {
        assertThat(api.get("/api/spacing-rules/NO-SUCH-RULE").status()).isEqualTo(404);
    }

    private Response put(String id, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/spacing-rules/" + id))
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return api.send(request, ifMatch == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "If-Match", ifMatch));
    }

    /** A rule for industrial wells of the otherwise unused yield 4242 m³/day only, so no other test sees it. */
    private static String rule(String metres, String outcome) {
        return "{\"applicationTypes\":[\"WELL_DRILLING\"],\"wellUses\":[\"INDUSTRIAL\"],"
                + "\"yieldClass\":{\"minM3PerDay\":4242,\"maxM3PerDay\":4243},\"targetKind\":\"FUEL_STATION\","
                + "\"operator\":\"MIN_DISTANCE\",\"distanceM\":" + metres + ",\"outcome\":\"" + outcome + "\","
                + "\"legalReference\":\"test rule\",\"messageAr\":\"تبعد البئر {measured} م\","
                + "\"messageEn\":\"The well is {measured} m from {feature}\",\"configurableDefault\":true}";
    }

    private static JsonNode byId(JsonNode rules, String id) {
        return rules.valueStream().filter(r -> r.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }
}
