package org.manhal.api.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.zoning.ZoneRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/admin/zone-rules}: create, read with its ETag, change with {@code If-Match}, a stale
 * version refused, every change audited with who and why, and a change applied to the next check;
 * plots and zones read back, the owner only on the single plot.
 */
@ManhalApiTest
class ZoneRuleAdminIntegrationTests {

    static final double E0 = 610_000;
    static final double N0 = 2_610_000;

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;

    ZoneRuleAdminIntegrationTests(ApiClient api) {
        this.api = api;
    }

    private static final String RULE = """
            {"nameAr": "سكني أ", "nameEn": "Residential A", "permittedUses": ["RESIDENTIAL"],
             "conditionalUses": ["COMMERCIAL"], "maxCoveragePct": %s, "maxFar": 1.8, "maxFloors": 3,
             "maxHeightM": 12, "setbackFrontM": 6, "setbackSideM": 3, "setbackRearM": 4.5,
             "minPlotAreaM2": 300, "legalReference": "Test plan 1/2026", "reason": "%s"}""";

    private Response put(String code, String body, String ifMatch) {
        return api.put("/api/admin/zone-rules/" + code, body, ifMatch == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "If-Match", ifMatch));
    }

    /**
     * The distance a building keeps from a public supply well: read publicly, changed by the
     * admin only with {@code If-Match} and a reason, audited, applied to the next check, and
     * bad values refused field by field. Restored afterwards (other tests rely on the 50 m).
     */
    @Test
    void protectionDistancesAreChangedAuditedAndAppliedToTheNextCheck() {
        String path = "/api/admin/zoning-protection-distances/PUBLIC_SUPPLY_WELL";
        Response list = api.as(org.manhal.api.security.Role.PUBLIC).get("/api/admin/zoning-protection-distances");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("rules").findValuesAsString("kind"))
                .containsExactly("FALAJ_CHANNEL", "FALAJ_MOTHER_WELL", "PUBLIC_SUPPLY_WELL");
        Response before = api.get(path);
        assertThat(before.json().get("distanceM").decimalValue()).isEqualByComparingTo("50");
        String etag = before.header("ETag");

        ZoningFixtures fx = new ZoningFixtures(jdbc, rules);
        fx.rule("PD", "{RESIDENTIAL}", "{}", 90.0, 5.0, 5, 30.0, 0, 0, 0, null);
        fx.zone("PD", rect(E0, N0, 900, -500, 1500, 500), UTM40);
        fx.plot("PD-1", rect(E0, N0, 1000, 0, 1030, 40), UTM40, null);
        jdbc.sql("insert into protected_feature (kind, name_en, geom, source) values ('PUBLIC_SUPPLY_WELL', 'PSW admin test', "
                + "ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 32640), 4326), 'test')").params(E0 + 1015, N0 - 30).update();
        // the footprint's south edge is 36 m from the well
        String body = fx.onPlot("PD-1", fx.geoJson(rect(E0, N0, 1005, 6, 1025, 34), UTM40), "RESIDENTIAL", 1, null, null);
        assertThat(api.post("/api/checks/zoning", "application/json", body).json().get("findings").findValuesAsString("ruleId"))
                .contains("PROTECTION.PUBLIC_SUPPLY_WELL");

        String change = """
                {"distanceM": %s, "outcome": "NEEDS_REVIEW", "legalReference": "Decision 9/2026", "reason": "%s"}""";
        Map<String, String> json = Map.of("Content-Type", "application/json", "If-Match", etag);
        assertThat(api.as(org.manhal.api.security.Role.STAFF).put(path, change.formatted(30, "not mine"), json).status()).isEqualTo(403);
        Response bad = api.put(path, "{\"distanceM\": -1, \"outcome\": \"MAYBE\"}", json);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("distanceM", "outcome", "legalReference");
        try {
            Response changed = api.put(path, change.formatted(30, "wells field survey 2026"), json);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().get("distanceM").decimalValue()).isEqualByComparingTo("30");
            assertThat(api.put(path, change.formatted(40, "late"), json).status()).as("stale If-Match").isEqualTo(412);
            assertThat(api.post("/api/checks/zoning", "application/json", body).json().get("findings").findValuesAsString("ruleId"))
                    .as("36 m from the well is outside the new 30 m").doesNotContain("PROTECTION.PUBLIC_SUPPLY_WELL");
            JsonNode changes = api.as(org.manhal.api.security.Role.AUDITOR).get(path + "/audit").json().get("changes");
            JsonNode last = changes.get(changes.size() - 1);
            assertThat(last.get("reason").asString()).isEqualTo("wells field survey 2026");
            assertThat(last.get("changedBy").asString()).isEqualTo("admin");
            assertThat(last.get("oldValues").get("distance_m").decimalValue()).isEqualByComparingTo("50");
            assertThat(api.get("/api/admin/zoning-protection-distances/SEPTIC_TANK").status()).isEqualTo(404);
        } finally {
            api.put(path, change.formatted(50, "restored after the test"), Map.of("Content-Type", "application/json"));
        }
    }

    @Test
    void rulesAreCreatedChangedAuditedAndAppliedAtOnce() {
        Response created = put("RA", RULE.formatted("60", "new plan"), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("maxCoveragePct").decimalValue()).isEqualByComparingTo("60");
        assertThat(created.json().get("permittedUses").get(0).asString()).isEqualTo("RESIDENTIAL");

        ZoningFixtures fx = new ZoningFixtures(jdbc, rules);
        fx.zone("RA", rect(E0, N0, -500, -500, 500, 500), UTM40);
        fx.plot("ADM-1", rect(E0, N0, 0, 0, 30, 40), UTM40, null);
        // 18 x 28 = 504 m² on 1200 m²: 42%
        String body = fx.onPlot("ADM-1", fx.geoJson(rect(E0, N0, 6, 6, 30 - 6, 34), UTM40), "RESIDENTIAL", 1, null, null);
        assertThat(api.post("/api/checks/zoning", "application/json", body).json().get("verdict").asString()).isEqualTo("PASS");

        Response changed = put("RA", RULE.formatted("40", "coverage lowered by decision 7/2026"), "\"0\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        JsonNode verdict = api.post("/api/checks/zoning", "application/json", body).json();
        assertThat(verdict.get("verdict").asString()).as("the next check applies the change").isEqualTo("FAIL");
        assertThat(verdict.get("findings").get(0).get("ruleId").asString()).isEqualTo("RA.COVERAGE");
        assertThat(verdict.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("42.00");

        Response stale = put("RA", RULE.formatted("30", "late"), "\"0\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);

        Response audit = api.get("/api/admin/zone-rules/RA/audit");
        JsonNode changes = audit.json().get("changes");
        assertThat(changes.size()).isEqualTo(2);
        assertThat(changes.get(0).get("action").asString()).isEqualTo("CREATED");
        assertThat(changes.get(1).get("action").asString()).isEqualTo("UPDATED");
        assertThat(changes.get(1).get("reason").asString()).isEqualTo("coverage lowered by decision 7/2026");
        assertThat(changes.get(1).get("oldValues").get("max_coverage_pct").asDouble()).isEqualTo(60.0);
        assertThat(changes.get(1).get("newValues").get("max_coverage_pct").asDouble()).isEqualTo(40.0);
        assertThat(changes.get(1).get("changedBy").asString()).isNotBlank();

        Response read = api.get("/api/admin/zone-rules/RA");
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/admin/zone-rules").json().get("rules").findValuesAsString("code")).contains("RA");
    }

    @Test
    void badRulesAreRefusedAndUnknownOnesNotFound() {
        Response bad = put("rb", "{\"nameAr\": \"\", \"maxCoveragePct\": 130, \"permittedUses\": [\"GOLF\"], \"setbackFrontM\": -1}", null);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body()).contains("INVALID_CODE").contains("maxCoveragePct").contains("UNKNOWN_VALUE")
                .contains("setbackFrontM").contains("nameEn").contains("legalReference");
        assertThat(api.get("/api/admin/zone-rules/NOPE").status()).isEqualTo(404);
        assertThat(api.get("/api/admin/zone-rules/NOPE/audit").status()).isEqualTo(404);
        assertThat(put("RB", "[]", null).status()).isEqualTo(400);
    }

    @Test
    void plotsAndZonesAreReadTheOwnerOnlyOnTheSinglePlot() {
        put("RC", RULE.formatted("60", "for reading"), null);
        ZoningFixtures fx = new ZoningFixtures(jdbc, rules);
        fx.zone("RC", rect(E0, N0, 1000, 0, 1100, 100), UTM40);
        long id = fx.plot("READ-1", rect(E0, N0, 1010, 10, 1040, 50), UTM40,
                "LINESTRING(%s %s, %s %s)".formatted(E0 + 1010, N0 + 10, E0 + 1040, N0 + 10));
        fx.owner(id, "SENTINEL-OWNER-NAME", "SENTINEL-CIVIL-1234");
        JsonNode one = api.get("/api/plots?bbox=" + bbox(fx)).json();
        assertThat(one.get("features").size()).isEqualTo(1);
        JsonNode props = one.get("features").get(0).get("properties");
        assertThat(props.get("plotNumber").asString()).isEqualTo("READ-1");
        assertThat(props.get("areaM2").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(props.get("streetFrontage").get("type").asString()).isEqualTo("MultiLineString");
        assertThat(one.toString()).doesNotContain("SENTINEL");

        Response single = api.get("/api/plots/" + fx.wilayat + "/READ-1");
        assertThat(single.status()).as(single.toString()).isEqualTo(200);
        assertThat(single.json().get("properties").get("owner").get("civilId").asString()).isEqualTo("SENTINEL-CIVIL-1234");
        assertThat(api.get("/api/plots/" + fx.wilayat + "/NO-SUCH").status()).isEqualTo(404);

        JsonNode zones = api.get("/api/zones?bbox=" + bbox(fx)).json();
        assertThat(zones.get("features").size()).isEqualTo(1);
        assertThat(zones.get("features").get(0).get("properties").get("code").asString()).isEqualTo("RC");

        assertThat(api.get("/api/plots").status()).isEqualTo(400);
        assertThat(api.get("/api/zones?bbox=1,2,3").status()).isEqualTo(400);
        assertThat(api.get("/api/plots?bbox=" + bbox(fx) + "&limit=0").status()).isEqualTo(400);
    }

    private String bbox(ZoningFixtures fx) {
        JsonNode box = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                fx.geoJson(rect(E0, N0, 1020, 20, 1030, 30), UTM40));
        JsonNode ring = box.get("coordinates").get(0);
        double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (JsonNode p : ring) {
            minLon = Math.min(minLon, p.get(0).asDouble());
            maxLon = Math.max(maxLon, p.get(0).asDouble());
            minLat = Math.min(minLat, p.get(1).asDouble());
            maxLat = Math.max(maxLat, p.get(1).asDouble());
        }
        return minLon + "," + minLat + "," + maxLon + "," + maxLat;
    }
}
