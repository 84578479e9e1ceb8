package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;
import static org.manhal.support.SpacingFixtures.pointWkt;

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
 * Inventory versus permits: registering an existing well is never refused on spacing rules, but
 * its findings are recorded and shown with the well.
 */
@ManhalApiTest
class InventoryFindingsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    SpacingFixtures fixtures;

    InventoryFindingsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        fixtures = new SpacingFixtures(jdbc);
    }

    private long register(double[] p) {
        Response created = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void registersAWellNearAFalajMotherWellAndShowsTheFinding() {
        double[] falaj = fixtures.freeSpot();
        long falajId = fixtures.feature("FALAJ_MOTHER_WELL", "Inventory falaj", pointWkt(falaj));
        double[] p = at(falaj[0], falaj[1], 45, 200);

        long wellId = register(p); // 201 Created: never refused on spacing rules

        JsonNode checks = api.get("/api/wells/" + wellId + "/findings").json().get("checks");
        assertThat(checks).hasSize(1);
        JsonNode check = checks.get(0);
        assertThat(check.get("applicationType").asString()).isEqualTo("WELL_REGISTRATION");
        assertThat(check.get("verdict").asString()).isEqualTo("FAIL");
        JsonNode finding = check.get("findings").valueStream()
                .filter(f -> f.get("ruleId").asString().equals("OM-FALAJ-3500")).findFirst().orElseThrow();
        assertThat(finding.get("feature").get("id").asLong()).isEqualTo(falajId);
        assertThat(finding.get("measuredDistanceM").doubleValue()).isBetween(199.99, 200.01);
        assertThat(finding.get("geometry").get("type").asString()).isEqualTo("LineString");
        assertThat(finding.get("messageAr").asString()).isNotBlank();
        assertThat(finding.get("messageEn").asString()).isNotBlank();
        assertThat(check.get("ruleSetVersion").asLong()).isPositive();
    }

    @Test
    void aRegisteredWellIsNeverItsOwnFinding() {
        double[] p = fixtures.freeSpot();

        long wellId = register(p);

        JsonNode check = api.get("/api/wells/" + wellId + "/findings").json().get("checks").get(0);
        assertThat(check.get("verdict").asString()).isEqualTo("PASS");
        assertThat(check.get("findings")).isEmpty();
    }

    @Test
    void recheckRecordsTheFindingsAgainstTodaysRules() {
        double[] p = fixtures.freeSpot();
        long wellId = register(p);
        fixtures.feature("FALAJ_MOTHER_WELL", "Later falaj", pointWkt(at(p[0], p[1], 180, 1000)));

        Response recheck = api.post("/api/wells/" + wellId + "/findings", "application/json", "");

        assertThat(recheck.status()).as(recheck.toString()).isEqualTo(200);
        assertThat(recheck.json().get("verdict").asString()).isEqualTo("FAIL");
        assertThat(api.get("/api/wells/" + wellId + "/findings").json().get("checks")).hasSize(2);
    }

    @Test
    void findingsOfAnUnknownWellAreNotFound() {
        assertThat(api.get("/api/wells/987654321987/findings").status()).isEqualTo(404);
    }
}
