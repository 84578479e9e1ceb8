package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;
import static org.manhal.support.SpacingFixtures.pointWkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every way a well is written goes through the registry's door and gets the same spacing
 * findings: a registration, a correction that moves it, each well of a bulk import (recorded in
 * one pass after the import commits), and the sample wells of the loader. What a well is recorded
 * with equals what {@code POST /api/checks/well-spacing} answers for it there, and what a
 * registration at the same place gets.
 */
@ManhalApiTest
class WellWriteDoorIntegrationTests {

    private static final String CSV_HEADER = "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay";

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    SpacingFixtures fixtures;

    WellWriteDoorIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        fixtures = new SpacingFixtures(jdbc);
    }

    @Test
    void anImportedWellGetsTheFindingsOfARegisteredOneAtTheSamePlace() {
        double[] falaj = fixtures.freeSpot();
        fixtures.feature("FALAJ_MOTHER_WELL", "Door falaj", pointWkt(falaj));
        double[] p = rounded(at(falaj[0], falaj[1], 45, 200));
        long registered = register(p);
        JsonNode registeredFindings = lastCheck(registered);
        Response deleted = api.delete("/api/wells/" + registered + "?reason=test", Map.of());
        assertThat(deleted.status()).as("the imported well must see the world the registered one saw").isEqualTo(204);

        long imported = importOne(p);

        JsonNode importedFindings = lastCheck(imported);
        assertThat(importedFindings.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(comparable(importedFindings)).isEqualTo(comparable(registeredFindings)).isNotEmpty();
        assertThat(comparable(importedFindings)).isEqualTo(comparable(checkApi(p, imported)));
    }

    @Test
    void theWellsOfOneImportSeeEachOtherInTheOneFindingsPass() {
        double[] spot = rounded(fixtures.freeSpot());
        double[] near = rounded(at(spot[0], spot[1], 90, 120));
        Response r = upload(csv(row(spot), row(near)));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        List<Long> ids = jdbc.sql("select id from well where import_job_id = ?::uuid order by id")
                .param(r.json().get("id").asString()).query(Long.class).list();
        assertThat(ids).hasSize(2);

        for (long id : ids) {
            JsonNode check = lastCheck(id);
            assertThat(check.get("applicationType").asString()).isEqualTo("WELL_REGISTRATION");
            assertThat(check.get("findings").valueStream().map(f -> f.get("feature").get("kind").asString()))
                    .contains("EXISTING_WELL");
            assertThat(comparable(check)).isEqualTo(comparable(checkApi(locationOf(id), id)));
        }
    }

    @Test
    void aWellMovedByPutGetsTheFindingsOfItsNewPlace() {
        double[] falaj = fixtures.freeSpot();
        fixtures.feature("FALAJ_MOTHER_WELL", "Door falaj", pointWkt(falaj));
        double[] far = rounded(at(falaj[0], falaj[1], 180, 4000));  // beyond the longest rule (3.5 km)
        double[] near = rounded(at(falaj[0], falaj[1], 0, 300));
        long id = register(far);
        assertThat(lastCheck(id).get("verdict").asString()).isEqualTo("PASS");

        Response moved = api.put("/api/wells/" + id, Wells.feature(near[0], near[1]), Map.of("If-Match", "\"0\""));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        JsonNode checks = api.get("/api/wells/" + id + "/findings").json().get("checks");
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).get("verdict").asString()).as("the old place's findings stay, older").isEqualTo("PASS");
        JsonNode now = checks.get(1);
        assertThat(now.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(comparable(now)).isEqualTo(comparable(checkApi(near, id)));
    }

    @Test
    void aCorrectionThatKeepsPlaceUseAndYieldRecordsNoNewCheck() {
        double[] p = rounded(fixtures.freeSpot());
        long id = register(p);
        String deeper = Wells.feature(p[0], p[1]).replace("\"depthM\":120.5", "\"depthM\":140");

        Response corrected = api.put("/api/wells/" + id, deeper, Map.of("If-Match", "\"0\""));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(api.get("/api/wells/" + id + "/findings").json().get("checks")).hasSize(1);
    }

    @Test
    void theHistoryRecordsTheRequestIdAndTheReasonOfEachWrite() {
        double[] p = rounded(fixtures.freeSpot());
        Response created = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/wells"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Wells.feature(p[0], p[1]))),
                Map.of("Content-Type", "application/geo+json", "X-Request-Id", "portal-req-0001"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isEqualTo("portal-req-0001");
        long id = created.json().get("id").asLong();

        Response deleted = api.delete("/api/wells/" + id + "?reason=" + "duplicate%20record",
                Map.of("If-Match", "\"0\"", "X-Request-Id", "portal-req-0002"));
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);

        JsonNode changes = api.get("/api/wells/" + id + "/history").json().get("changes");
        assertThat(changes.get(0).get("requestId").asString()).isEqualTo("portal-req-0001");
        JsonNode last = changes.get(changes.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("DELETED");
        assertThat(last.get("requestId").asString()).isEqualTo("portal-req-0002");
        assertThat(last.get("reason").asString()).isEqualTo("duplicate record");
    }

    @Test
    void aRequestIdThatIsNotAPlainTokenIsReplacedNotRecorded() {
        Response r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/wells?limit=1")).GET(),
                Map.of("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(r.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theSampleWellsOfTheLoaderHaveFindingsAsRegisteredWells() {
        String sampleWells = """
                select count(*) from well_history h
                 where h.action = 'REGISTERED' and h.changed_by = 'system:sample-wells'
                   and h.reason = 'sample data: a synthetic well, not a real record'""";
        long samples = jdbc.sql(sampleWells).query(Long.class).single();
        long withoutFindings = jdbc.sql(sampleWells
                + " and not exists (select 1 from well_finding f where f.well_id = h.well_id)").query(Long.class).single();
        assertThat(samples).as("the embedded default loads the sample wells").isPositive();
        assertThat(withoutFindings).isZero();
    }

    private long register(double[] p) {
        Response created = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        return id;
    }

    private long importOne(double[] p) {
        Response r = upload(csv(row(p)));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        assertThat(r.json().get("status").asString()).as(r.toString()).isEqualTo("SUCCEEDED");
        long id = jdbc.sql("select id from well where import_job_id = ?::uuid").param(r.json().get("id").asString())
                .query(Long.class).single();
        return id;
    }

    private Response upload(String csv) {
        return Uploads.upload(api, "mode=all-or-nothing", "wells.csv", csv);
    }

    private static String csv(String... rows) {
        return CSV_HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    /** The same well as {@link Wells#feature(double, double)} describes. */
    private static String row(double[] p) {
        return String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,120.5,200,350", p[0], p[1]);
    }

    /** The point as a registration stores it (7 decimals, as {@link Wells#feature} writes it). */
    private static double[] rounded(double[] p) {
        return new double[] {Double.parseDouble(String.format(Locale.ROOT, "%.7f", p[0])),
                Double.parseDouble(String.format(Locale.ROOT, "%.7f", p[1]))};
    }

    private double[] locationOf(long id) {
        JsonNode c = api.get("/api/wells/" + id).json().get("geometry").get("coordinates");
        return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
    }

    private JsonNode lastCheck(long wellId) {
        JsonNode checks = api.get("/api/wells/" + wellId + "/findings").json().get("checks");
        assertThat(checks).as("well %d has recorded findings", wellId).isNotEmpty();
        return checks.get(checks.size() - 1);
    }

    /** What a registration check of the well there answers now. */
    private JsonNode checkApi(double[] p, long wellId) {
        String body = SpacingFixtures.request(p, "WELL_REGISTRATION", "AGRICULTURAL", 350.0)
                .replaceFirst("}$", ",\"wellId\":" + wellId + "}");
        Response r = api.post("/api/checks/well-spacing", "application/json", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The findings as the rules decided them, without when or how they were stored. */
    private static List<String> comparable(JsonNode verdict) {
        List<String> out = new ArrayList<>();
        out.add("verdict=" + verdict.get("verdict").asString());
        for (JsonNode f : verdict.get("findings")) {
            out.add(String.join("|", f.get("ruleId").asString(), f.get("outcome").asString(),
                    f.get("feature").get("kind").asString(), f.get("feature").get("id").asString(),
                    f.path("measuredDistanceM").asString(), f.path("requiredDistanceM").asString(),
                    f.get("messageEn").asString(), f.get("messageAr").asString()));
        }
        return out;
    }
}
