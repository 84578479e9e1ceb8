package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.support.SpacingFixtures.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.rules.GeodesicDistance;
import org.manhal.rules.SpacingRequest;
import org.manhal.spacing.PermitDecision;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.spacing.SpacingRules;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.WellSpacingTestRule;
import org.manhal.support.SpacingFixtures;
import org.manhal.well.WellDetails;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Race-free permits at the service level: many permits for mutually conflicting wells run at
 * once, and exactly the ones the rule allows in some order of arrival are permitted; never two
 * that break the rule between them. The rule is the test's own: 1,000 m between wells, for
 * monitoring wells of a yield no other test uses.
 */
@ManhalApiTest
class PermitConcurrencyIntegrationTests {

    private static final double YIELD = 77_777.5;
    private static final double SPACING_M = 1000;
    private static final int THREADS = 20;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Autowired
    SpacingCheckService service;

    @Autowired
    SpacingRules rules;

    @Autowired
    JdbcClient jdbc;

    SpacingFixtures fixtures;
    WellSpacingTestRule rule;

    @BeforeEach
    void setUpRule() {
        fixtures = new SpacingFixtures(jdbc);
        rule = WellSpacingTestRule.enable(rules, "WELL", YIELD);
    }

    /** The next test of the class makes its own rule: this one must not judge that test's permits too. */
    @AfterEach
    void disableRule() {
        rule.disable();
    }

    @Test
    void ofManyMutuallyConflictingWellsExactlyOneIsPermitted() throws Exception {
        double[] centre = fixtures.freeSpot();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            double[] p = at(centre[0], centre[1], i * 360.0 / THREADS, 50 + 17 * i); // all within 400 m: pairwise < 800 m
            points.add(point(p));
        }

        List<PermitDecision> decisions = permitAllAtOnce(points);

        List<PermitDecision> permitted = decisions.stream().filter(PermitDecision::permitted).toList();
        assertThat(permitted).hasSize(1);
        long winner = permitted.get(0).well().id();
        for (PermitDecision refused : decisions.stream().filter(d -> !d.permitted()).toList()) {
            assertThat(refused.check().verdict().findings()).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo(rule.id());
                assertThat(f.feature().id()).isEqualTo(Long.toString(winner));
            });
        }
        assertThat(jdbc.sql("select status from well where id = ?").param(winner).query(String.class).single())
                .isEqualTo("PERMITTED");
    }

    @Test
    void ofWellsInARowNoTwoPermittedBreakTheRuleAndEveryRefusalNamesAPermittedNeighbour() throws Exception {
        double[] start = fixtures.freeSpot(0.15, 0.03); // the row runs 11.4 km east
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            points.add(point(at(start[0], start[1], 90, 600.0 * i))); // neighbours conflict, every other one does not
        }

        List<PermitDecision> decisions = permitAllAtOnce(points);

        List<Point> permitted = new ArrayList<>();
        Set<String> permittedIds = decisions.stream().filter(PermitDecision::permitted)
                .map(d -> Long.toString(d.well().id())).collect(Collectors.toSet());
        decisions.stream().filter(PermitDecision::permitted).forEach(d -> permitted.add(d.well().location()));
        for (int i = 0; i < permitted.size(); i++) {
            for (int j = i + 1; j < permitted.size(); j++) {
                assertThat(GeodesicDistance.between(permitted.get(i).getCoordinate(), permitted.get(j).getCoordinate()))
                        .as("two permitted wells").isGreaterThanOrEqualTo(SPACING_M);
            }
        }
        for (PermitDecision refused : decisions.stream().filter(d -> !d.permitted()).toList()) {
            assertThat(refused.check().verdict().findings())
                    .anySatisfy(f -> assertThat(f.feature().id()).isIn(permittedIds));
        }
        assertThat(permitted.size()).as("a maximal set of a row of 20 keeps at least every third").isBetween(7, 10);
    }

    private List<PermitDecision> permitAllAtOnce(List<Point> points) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(points.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<PermitDecision>> futures = new ArrayList<>();
            for (Point p : points) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return permit(p);
                }));
            }
            go.countDown();
            List<PermitDecision> decisions = new ArrayList<>();
            for (Future<PermitDecision> f : futures) {
                decisions.add(f.get());
            }
            return decisions;
        } finally {
            pool.shutdownNow();
        }
    }

    private PermitDecision permit(Point p) {
        SpacingRequest request = new SpacingRequest(p, ApplicationType.WELL_DRILLING, "MONITORING", YIELD, null);
        WellDetails details = WellDetails.basic(p, WellType.BOREHOLE, WellUse.MONITORING, WellStatus.PROPOSED,
                80.0, 150.0, YIELD, null);
        return service.permitWell(request, details, new Actor("test"));
    }

    private static Point point(double[] p) {
        return WGS84.createPoint(new Coordinate(p[0], p[1]));
    }
}
