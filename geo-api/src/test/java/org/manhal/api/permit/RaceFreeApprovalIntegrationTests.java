package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.spacing.SpacingRules;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.WellSpacingTestRule;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Two approvals at once, over HTTP, of drilling applications for wells 300 m apart under a rule
 * of 1,000 m between wells: exactly one is approved and registers its well as PERMITTED; the other
 * is refused (409 approval-refused) with the verdict naming the first one's well, and stays under
 * review with nothing written.
 */
@ManhalApiTest
class RaceFreeApprovalIntegrationTests {

    private static final double YIELD = 66_666.5;

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpacingRules rules;

    WellSpacingTestRule rule;

    RaceFreeApprovalIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @BeforeEach
    void setUpRule() {
        rule = WellSpacingTestRule.enable(rules, "APPROVAL", YIELD);
    }

    @AfterEach
    void disableRule() {
        rule.disable();
    }

    @Test
    void ofTwoConflictingWellsApprovedAtOnceExactlyOneIsApproved() throws Exception {
        for (int round = 0; round < 3; round++) {
            double[] a = new SpacingFixtures(jdbc).freeSpot();
            double[] b = at(a[0], a[1], 90, 300);
            String refA = underReview(a);
            String refB = underReview(b);

            List<Response> answers = approveAtOnce(refA, refB);

            List<Response> approved = answers.stream().filter(r -> r.status() == 200).toList();
            List<Response> refused = answers.stream().filter(r -> r.status() != 200).toList();
            assertThat(approved).as("round %d: %s", round, answers).hasSize(1);
            assertThat(refused).hasSize(1);
            JsonNode problem = refused.get(0).json();
            assertThat(refused.get(0).status()).isEqualTo(409);
            assertThat(problem.get("type").asString()).isEqualTo("https://manhal.om/problems/approval-refused");
            long winner = approved.get(0).json().get("wellId").asLong();
            List<String> conflicting = new ArrayList<>();
            problem.get("verdict").get("findings").forEach(f -> conflicting.add(f.get("feature").get("id").asString()));
            assertThat(conflicting).contains(Long.toString(winner));
            assertThat(jdbc.sql("select status from well where id = ?").param(winner).query(String.class).single())
                    .isEqualTo("PERMITTED");
            String loser = approved.get(0).json().get("reference").asString().equals(refA) ? refB : refA;
            JsonNode after = api.get("/api/applications/" + loser).json();
            assertThat(after.get("status").asString()).isEqualTo("UNDER_REVIEW");
            assertThat(after.get("wellId").isNull()).isTrue();
        }
    }

    private String underReview(double[] at) {
        Response r = apps.submit(ApplicationFixtures.drilling(at, "MONITORING", YIELD), UUID.randomUUID().toString());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        String ref = r.json().get("reference").asString();
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        return ref;
    }

    private List<Response> approveAtOnce(String... refs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(refs.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (String ref : refs) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return apps.step(ref, "approval", "approved in the race test");
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
