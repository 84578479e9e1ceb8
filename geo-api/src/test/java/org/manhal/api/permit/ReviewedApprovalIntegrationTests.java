package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingRule;
import org.manhal.spacing.SpacingRules;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A drilling permit whose spacing verdict is NEEDS_REVIEW (a rule of 1,000 m between wells with
 * the outcome NEEDS_REVIEW, a permitted well 300 m away): refused without the reviewer's
 * acknowledgement, approved with it (the well PERMITTED, the acknowledgement in the decision and
 * on the timeline); the same place under a REJECT rule stays refused whatever the reviewer says.
 */
@ManhalApiTest
class ReviewedApprovalIntegrationTests {

    private static final double REVIEW_YIELD = 55_555.5;
    private static final double REJECT_YIELD = 44_444.5;
    private static final String REASON = "site visit: the neighbouring well is shallow and seasonal";

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpacingRules rules;

    String reviewRule;
    String rejectRule;

    ReviewedApprovalIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @BeforeEach
    void setUpRules() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        reviewRule = "TEST-REVIEW-1000-" + tag;
        rejectRule = "TEST-REJECT-1000-" + tag;
        rules.put(rule(reviewRule, REVIEW_YIELD, RuleOutcome.NEEDS_REVIEW), true, null, new Actor("test"));
        rules.put(rule(rejectRule, REJECT_YIELD, RuleOutcome.REJECT), true, null, new Actor("test"));
    }

    private static SpacingRule rule(String id, double yield, RuleOutcome outcome) {
        return SpacingRule.builder(id).applicationTypes(ApplicationType.WELL_DRILLING)
                .wellUses("MONITORING").yieldClass(yield - 0.5, yield + 0.5)
                .minDistance(FeatureKind.EXISTING_WELL, "1000").outcome(outcome)
                .legalReference("reviewed approval test rule")
                .messages("تبعد البئر {measured} م عن {feature}", "The well is {measured} m from {feature}")
                .build();
    }

    @AfterEach
    void disableRules() {
        rules.put(rules.get(reviewRule).rule(), false, null, new Actor("test"));
        rules.put(rules.get(rejectRule).rule(), false, null, new Actor("test"));
    }

    @Test
    void aNeedsReviewVerdictIsApprovedOnlyWithTheReviewersAcknowledgement() {
        double[] first = new SpacingFixtures(jdbc).freeSpot();
        String refFirst = underReview(first, REVIEW_YIELD);
        assertThat(apps.step(refFirst, "approval", "no neighbour, passes").status()).isEqualTo(200);
        String ref = underReview(at(first[0], first[1], 90, 300), REVIEW_YIELD);

        Response bare = apps.step(ref, "approval", "looks fine");
        assertThat(bare.status()).as("%s", bare).isEqualTo(409);
        assertThat(bare.json().get("type").asString()).isEqualTo("https://manhal.om/problems/review-acknowledgement-required");
        assertThat(bare.json().get("verdict").get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(bare.body()).contains("reviewedFindings").containsPattern("[\\u0600-\\u06FF]");
        Response shortReason = apps.approveReviewed(ref, "ok", true);
        assertThat(shortReason.status()).as("%s", shortReason).isEqualTo(400);
        assertThat(shortReason.body()).contains("REVIEW_REASON_TOO_SHORT");
        JsonNode still = api.get("/api/applications/" + ref).json();
        assertThat(still.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(still.get("wellId").isNull()).isTrue();

        Response approved = apps.approveReviewed(ref, REASON, true);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        JsonNode a = approved.json();
        assertThat(a.get("status").asString()).isEqualTo("APPROVED");
        assertThat(a.get("decision").get("reasons").asString()).as("the reviewer's words, nothing added").isEqualTo(REASON);
        assertThat(a.get("decision").get("findingsReviewed").asBoolean()).isTrue();
        assertThat(a.get("decision").get("verdict").get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        long wellId = a.get("wellId").asLong();
        assertThat(jdbc.sql("select status from well where id = ?").param(wellId).query(String.class).single())
                .isEqualTo("PERMITTED");
        JsonNode timeline = api.get("/api/applications/" + ref + "/timeline").json();
        JsonNode approval = timeline.get("timeline").get(timeline.get("timeline").size() - 1);
        assertThat(approval.get("action").asString()).isEqualTo("APPROVE");
        assertThat(approval.get("reason").asString()).isEqualTo(REASON);
        assertThat(approval.get("findingsReviewed").asBoolean()).isTrue();
        assertThat(timeline.get("timeline").get(0).get("findingsReviewed").asBoolean()).isFalse();
    }

    @Test
    void aFailingVerdictIsRefusedEvenWithTheAcknowledgement() {
        double[] first = new SpacingFixtures(jdbc).freeSpot();
        String refFirst = underReview(first, REJECT_YIELD);
        assertThat(apps.step(refFirst, "approval", "no neighbour, passes").status()).isEqualTo(200);
        String ref = underReview(at(first[0], first[1], 90, 300), REJECT_YIELD);

        Response r = apps.approveReviewed(ref, REASON, true);
        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(r.json().get("type").asString()).isEqualTo("https://manhal.om/problems/approval-refused");
        assertThat(r.json().get("verdict").get("verdict").asString()).isEqualTo("FAIL");
        JsonNode still = api.get("/api/applications/" + ref).json();
        assertThat(still.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(still.get("wellId").isNull()).isTrue();
    }

    private String underReview(double[] at, double yield) {
        Response r = apps.submit(ApplicationFixtures.drilling(at, "MONITORING", yield), UUID.randomUUID().toString());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        String ref = r.json().get("reference").asString();
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        return ref;
    }
}
