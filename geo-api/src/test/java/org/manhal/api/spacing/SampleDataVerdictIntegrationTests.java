package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.anyAzimuth;
import static org.manhal.support.SpacingFixtures.at;
import static org.manhal.support.SpacingFixtures.pointWkt;
import static org.manhal.support.SpacingFixtures.request;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingRequest;
import org.manhal.rules.SpacingRule;
import org.manhal.rules.VerdictStatus;
import org.manhal.spacing.PermitDecision;
import org.manhal.spacing.RecordedFindings;
import org.manhal.spacing.SpacingCheck;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.spacing.SpacingRules;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.manhal.well.Well;
import org.manhal.well.WellDetails;
import org.manhal.well.WellId;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Sample data never decides a real permit: a verdict resting on a sample feature (protected
 * feature, zone or well) says so in both languages, findings recorded with a well keep the flag,
 * a verdict on real features says nothing of the kind, and a permit resting on sample data is not
 * granted (it goes to a reviewer) even when the verdict passes.
 */
@ManhalApiTest
class SampleDataVerdictIntegrationTests {

    private static final String CHECK = "/api/checks/well-spacing";
    /** A yield no other test uses, so that the test's rule applies to this test's requests only. */
    private static final double YIELD = 66_666.5;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpacingCheckService service;

    @Autowired
    SpacingRules rules;

    @Autowired
    WellRegistry registry;

    final ApiClient api;

    SampleDataVerdictIntegrationTests(ApiClient api) {
        this.api = api;
    }
    SpacingFixtures fixtures;
    String ruleId;

    SplittableRandom random;

    @BeforeEach
    void setUp(SplittableRandom random) {
        this.random = random;
        fixtures = new SpacingFixtures(jdbc);
    }

    @AfterEach
    void tearDown() {
        if (ruleId != null) {
            rules.put(rules.get(ruleId).rule(), false, null, new Actor("test"));
        }
    }

    @Test
    void aCheckNearASampleFeatureSaysItRestsOnSampleDataInBothLanguages() {
        double[] falaj = fixtures.freeSpot();
        long id = fixtures.sampleFeature("FALAJ_MOTHER_WELL", "Sample falaj", pointWkt(falaj));

        JsonNode verdict = check(at(falaj[0], falaj[1], anyAzimuth(random), 1200), "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(verdict.get("basedOnSample").asBoolean()).isTrue();
        assertThat(verdict.get("noticeEn").asString()).contains("sample data").contains("not a basis for a real decision");
        assertThat(verdict.get("noticeAr").asString()).contains("بيانات تجريبية").contains("قرار حقيقي");
        JsonNode feature = finding(verdict, id).get("feature");
        assertThat(feature.get("isSample").asBoolean()).isTrue();
    }

    @Test
    void aCheckNearASampleZoneSaysSoToo() {
        double[] spot = fixtures.freeSpot();
        String square = String.format(java.util.Locale.ROOT, "POLYGON((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f))",
                spot[0] - 0.01, spot[1] - 0.01, spot[0] + 0.01, spot[1] + 0.01);
        long id = fixtures.sampleZone("NO_NEW_WELLS_ZONE", "Sample zone", square);

        JsonNode verdict = check(spot, "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("basedOnSample").asBoolean()).isTrue();
        assertThat(finding(verdict, id).get("feature").get("isSample").asBoolean()).isTrue();
    }

    @Test
    void aCheckNearARealFeatureDoesNotMentionSampleData() {
        double[] falaj = fixtures.freeSpot();
        long id = fixtures.feature("FALAJ_MOTHER_WELL", "Real falaj", pointWkt(falaj));

        JsonNode verdict = check(at(falaj[0], falaj[1], anyAzimuth(random), 1200), "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(verdict.get("basedOnSample").asBoolean()).isFalse();
        assertThat(verdict.has("noticeAr")).isFalse();
        assertThat(verdict.has("noticeEn")).isFalse();
        assertThat(finding(verdict, id).get("feature").get("isSample").asBoolean()).isFalse();
    }

    @Test
    void aSampleWellIsASampleCandidateAndFindingsRecordedWithAWellKeepTheFlag() {
        double[] spot = fixtures.freeSpot();
        Well sample = sampleWell(spot);
        double[] near = at(spot[0], spot[1], anyAzimuth(random), 30);

        JsonNode verdict = check(near, "WELL_DRILLING", "AGRICULTURAL", 20.0);
        assertThat(verdict.get("basedOnSample").asBoolean()).isTrue();
        assertThat(finding(verdict, sample.id()).get("feature").get("kind").asString()).isEqualTo("EXISTING_WELL");
        assertThat(finding(verdict, sample.id()).get("feature").get("isSample").asBoolean()).isTrue();

        // an inventory registration next to it: its recorded findings keep the flag
        Well registered = registry.register(WellDetails.basic(point(near), WellType.BOREHOLE, WellUse.AGRICULTURAL,
                WellStatus.ACTIVE, 80.0, 150.0, YIELD, null), new Actor("test"));
        RecordedFindings recorded = service.recheck(new WellId(registered.id()));
        assertThat(recorded.check().basedOnSample()).isTrue();
        assertThat(recorded.check().verdict().findings()).anySatisfy(f -> {
            assertThat(f.feature().id()).isEqualTo(sample.id().toString());
            assertThat(f.feature().sample()).isTrue();
        });
        JsonNode history = api.get("/api/wells/" + registered.id() + "/findings").json();
        JsonNode last = history.get("checks").get(history.get("checks").size() - 1);
        assertThat(last.get("basedOnSample").asBoolean()).isTrue();
        assertThat(last.get("noticeEn").asString()).contains("sample data");
    }

    @Test
    void sampleWellsAreFlaggedInTheirJsonAndRegisteredOnesAreNot() {
        long loaded = jdbc.sql("select count(*) from well w where w.is_sample and exists (select 1 from well_history h"
                + " where h.well_id = w.id and h.action = 'REGISTERED' and h.changed_by = 'system:sample-wells')")
                .query(Long.class).single();
        assertThat(loaded).as("the sample-well loader flags every well it loads").isEqualTo(
                jdbc.sql("select count(*) from well_history where action = 'REGISTERED' and changed_by = 'system:sample-wells'")
                        .query(Long.class).single()).isPositive();
        Long sampleId = jdbc.sql("select min(id) from well where is_sample and deleted_at is null").query(Long.class).single();
        JsonNode one = api.get("/api/wells/" + sampleId).json();
        assertThat(one.get("properties").get("isSample").asBoolean()).isTrue();
        double lon = one.get("geometry").get("coordinates").get(0).asDouble();
        double lat = one.get("geometry").get("coordinates").get(1).asDouble();
        JsonNode list = api.get(String.format(java.util.Locale.ROOT, "/api/wells?bbox=%f,%f,%f,%f&limit=1000",
                lon - 0.0001, lat - 0.0001, lon + 0.0001, lat + 0.0001)).json();
        assertThat(list.get("features")).anySatisfy(f -> {
            assertThat(f.get("id").asLong()).isEqualTo(sampleId);
            assertThat(f.get("properties").get("isSample").asBoolean()).isTrue();
        });

        double[] spot = fixtures.freeSpot();
        Well real = registry.register(WellDetails.basic(point(spot), WellType.BOREHOLE, WellUse.AGRICULTURAL,
                WellStatus.ACTIVE, 80.0, 150.0, YIELD, null), new Actor("test"));
        assertThat(api.get("/api/wells/" + real.id()).json().get("properties").get("isSample").asBoolean()).isFalse();
    }

    @Test
    void aPermitThatPassesOnlyPastAWarningAboutASampleWellIsNotGrantedButGoesToReview() {
        putRule(RuleOutcome.WARN, "4500");
        double[] spot = fixtures.freeSpot();
        sampleWell(spot);
        Point proposed = point(at(spot[0], spot[1], anyAzimuth(random), 4000));

        PermitDecision decision = permit(proposed);

        assertThat(decision.check().verdict().status()).isEqualTo(VerdictStatus.PASS);
        assertThat(decision.check().basedOnSample()).isTrue();
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.outcome()).isEqualTo(PermitDecision.Outcome.NEEDS_REVIEW);
        assertThat(decision.notice()).isEqualTo(SpacingCheck.SAMPLE_NOTICE);
        assertThat(wellsAt(proposed)).as("no well was recorded").isZero();
    }

    @Test
    void aPermitRefusedOnlyBecauseOfASampleWellGoesToReviewAndOneRefusedOnARealWellIsRefused() {
        putRule(RuleOutcome.REJECT, "1000");
        double[] spot = fixtures.freeSpot();
        sampleWell(spot);
        PermitDecision onSample = permit(point(at(spot[0], spot[1], anyAzimuth(random), 500)));
        assertThat(onSample.check().verdict().status()).isEqualTo(VerdictStatus.FAIL);
        assertThat(onSample.permitted()).isFalse();
        assertThat(onSample.outcome()).isEqualTo(PermitDecision.Outcome.NEEDS_REVIEW);
        assertThat(onSample.notice()).isEqualTo(SpacingCheck.SAMPLE_NOTICE);

        double[] other = fixtures.freeSpot();
        registry.register(WellDetails.basic(point(other), WellType.BOREHOLE, WellUse.MONITORING, WellStatus.ACTIVE,
                80.0, 150.0, YIELD, null), new Actor("test"));
        PermitDecision onReal = permit(point(at(other[0], other[1], anyAzimuth(random), 500)));
        assertThat(onReal.permitted()).isFalse();
        assertThat(onReal.outcome()).isEqualTo(PermitDecision.Outcome.REFUSED);
        assertThat(onReal.notice()).isNull();
    }

    @Test
    void aPermitFarFromEverythingIsGranted() {
        putRule(RuleOutcome.REJECT, "1000");
        PermitDecision decision = permit(point(fixtures.freeSpot()));
        assertThat(decision.outcome()).isEqualTo(PermitDecision.Outcome.PERMITTED);
        assertThat(decision.permitted()).isTrue();
        assertThat(decision.notice()).isNull();
    }

    private void putRule(RuleOutcome outcome, String distance) {
        ruleId = "TEST-SAMPLE-" + UUID.randomUUID().toString().substring(0, 8);
        rules.put(SpacingRule.builder(ruleId).applicationTypes(ApplicationType.WELL_DRILLING)
                .wellUses("MONITORING").yieldClass(YIELD - 0.5, YIELD + 0.5)
                .minDistance(FeatureKind.EXISTING_WELL, distance).outcome(outcome)
                .legalReference("sample data test rule")
                .messages("تبعد البئر {measured} م عن {feature}", "The well is {measured} m from {feature}")
                .build(), true, null, new Actor("test"));
    }

    private PermitDecision permit(Point p) {
        SpacingRequest request = new SpacingRequest(p, ApplicationType.WELL_DRILLING, "MONITORING", YIELD, null);
        WellDetails details = WellDetails.basic(p, WellType.BOREHOLE, WellUse.MONITORING, WellStatus.PROPOSED,
                80.0, 150.0, YIELD, null);
        return service.permitWell(request, details, new Actor("test"));
    }

    /** A well registered at the spot and then flagged as sample data, as the sample-well loader flags its wells. */
    private Well sampleWell(double[] spot) {
        Well well = registry.register(WellDetails.basic(point(spot), WellType.BOREHOLE, WellUse.AGRICULTURAL,
                WellStatus.ACTIVE, 80.0, 150.0, YIELD, null), new Actor("test"));
        jdbc.sql("update well set is_sample = true where id = ?").param(well.id()).update();
        return well;
    }

    private long wellsAt(Point p) {
        return jdbc.sql("select count(*) from well where deleted_at is null and geom && ST_Expand(ST_SetSRID(ST_MakePoint(?, ?), 4326), 1e-7)")
                .params(p.getX(), p.getY()).query(Long.class).single();
    }

    private JsonNode check(double[] p, String type, String use, Double yield) {
        ApiClient.Response r = api.post(CHECK, "application/json", request(p, type, use, yield));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode finding(JsonNode verdict, long featureId) {
        List<JsonNode> found = verdict.get("findings").valueStream()
                .filter(f -> f.get("feature").get("id").asLong() == featureId).toList();
        assertThat(found).as(verdict.toString()).isNotEmpty();
        return found.get(0);
    }

    private static Point point(double[] p) {
        return WGS84.createPoint(new Coordinate(p[0], p[1]));
    }
}
