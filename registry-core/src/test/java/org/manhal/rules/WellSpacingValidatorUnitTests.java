package org.manhal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.manhal.application.ApplicationType.WELL_DEEPENING;
import static org.manhal.application.ApplicationType.WELL_DRILLING;
import static org.manhal.application.ApplicationType.WELL_REGISTRATION;
import static org.manhal.application.ApplicationType.WELL_REPLACEMENT;
import static org.manhal.rules.Fixtures.azimuth;
import static org.manhal.rules.Fixtures.destination;
import static org.manhal.rules.Fixtures.point;
import static org.manhal.rules.Fixtures.wkt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.manhal.application.ApplicationType;

class WellSpacingValidatorUnitTests {

    private static final Coordinate NIZWA = new Coordinate(57.5301, 22.9333);
    private static final Geometry RED_ZONE =
            wkt("POLYGON ((57.0 23.0, 57.2 23.0, 57.2 23.2, 57.0 23.2, 57.0 23.0))");

    private final WellSpacingValidator validator = new WellSpacingValidator();
    private final List<SpacingRule> rules = OmanDefaultRules.rules();

    @ParameterizedTest(name = "{0} m from a falaj mother well → {1}")
    @CsvSource({"3500.00, PASS", "3499.99, FAIL", "3500.01, PASS"})
    void aWellExactlyAtTheFalajHarimLimitPasses(double metres, VerdictStatus expected) {
        Point well = point(destination(NIZWA, 37.0, metres));
        Candidate motherWell = Candidate.of("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "Falaj Daris",
                point(NIZWA));

        Verdict verdict = check(well, WELL_DRILLING, "AGRICULTURAL", 30.0, motherWell);

        assertThat(verdict.status()).isEqualTo(expected);
    }

    /** The well is placed along the perpendicular to the channel at a point inside a segment. */
    @ParameterizedTest(name = "{0} m from a falaj channel → {1}")
    @CsvSource({"3500.00, PASS", "3499.99, FAIL", "3500.01, PASS"})
    void aWellExactlyAtALineLimitPasses(double metres, VerdictStatus expected) {
        LineString channel = (LineString) wkt(
                "LINESTRING (57.40 22.80, 57.50 22.86, 57.58 22.97, 57.70 23.00)");
        Coordinate a = channel.getCoordinateN(1);
        Coordinate b = channel.getCoordinateN(2);
        Coordinate foot = new Coordinate(a.x + 0.4 * (b.x - a.x), a.y + 0.4 * (b.y - a.y));
        Coordinate ahead = new Coordinate(foot.x + 1e-7 * (b.x - a.x), foot.y + 1e-7 * (b.y - a.y));
        double perpendicular = azimuth(foot, ahead) + 90;
        Point well = point(destination(foot, perpendicular, metres));
        SpacingRule channelHarim = SpacingRule.builder("TEST-CHANNEL-3500")
                .applicationTypes(WELL_DRILLING)
                .minDistance(FeatureKind.FALAJ_CHANNEL, "3500")
                .outcome(RuleOutcome.REJECT)
                .legalReference("test: a harim along the channel")
                .messages("قناة {measured}", "channel {measured}")
                .build();

        Verdict verdict = validator.check(SpacingRequest.of(well, WELL_DRILLING, "DOMESTIC", 5.0),
                List.of(channelHarim),
                List.of(Candidate.of("FC-1", FeatureKind.FALAJ_CHANNEL, "Falaj channel", channel)));

        assertThat(verdict.status()).isEqualTo(expected);
    }

    @Test
    void aFindingRecordsTheDistanceTheLineToDrawAndBothMessages() {
        Point well = point(destination(NIZWA, 120.0, 3499.99));
        Candidate motherWell = new Candidate(
                new FeatureRef("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "Falaj Daris", "فلج دارس"),
                point(NIZWA));

        Finding finding = check(well, WELL_DRILLING, "AGRICULTURAL", 30.0, motherWell)
                .findings().get(0);

        assertThat(finding.ruleId()).isEqualTo("OM-FALAJ-3500");
        assertThat(finding.outcome()).isEqualTo(RuleOutcome.REJECT);
        assertThat(finding.measuredDistanceM()).isEqualTo(new BigDecimal("3499.99"));
        assertThat(finding.requiredDistanceM()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(finding.legalReference()).contains("3.5 km");
        assertThat(finding.feature().id()).isEqualTo("FMW-1");
        assertThat(finding.geometry()).isInstanceOf(LineString.class);
        assertThat(finding.geometry().getSRID()).isEqualTo(4326);
        assertThat(finding.geometry().getCoordinates())
                .containsExactly(well.getCoordinate(), NIZWA);
        assertThat(finding.messageEn()).contains("3499.99 m", "3500.00 m", "Falaj Daris");
        assertThat(finding.messageAr()).contains("3499.99", "3500.00", "فلج دارس", "أم الفلج");
    }

    @Test
    void aWellInsideAFeaturePolygonIsAtZeroMetresAndDrawnAsThePoint() {
        Point well = point(57.6, 23.0);
        Candidate landfill = Candidate.of("LF-1", FeatureKind.LANDFILL, "Landfill",
                wkt("POLYGON ((57.59 22.99, 57.61 22.99, 57.61 23.01, 57.59 23.01, 57.59 22.99))"));

        Finding finding = check(well, WELL_DRILLING, "DOMESTIC", 5.0, landfill).findings().get(0);

        assertThat(finding.measuredDistanceM()).isEqualByComparingTo("0");
        assertThat(finding.geometry()).isEqualTo(well);
    }

    @ParameterizedTest(name = "well at {0} {1} → {2}")
    @CsvSource({
        "57.1, 23.1, FAIL",
        "57.3, 23.1, PASS",
        "57.0, 23.1, FAIL",
        "57.2, 23.2, FAIL"})
    void aWellInsideOrOnTheBoundaryOfARedZoneFails(double lon, double lat, VerdictStatus expected) {
        Candidate zone = Candidate.of("WPZ-1", FeatureKind.WPZ_RED, "Wadi well field", RED_ZONE);

        Verdict verdict = check(point(lon, lat), WELL_DRILLING, "DOMESTIC", 5.0, zone);

        assertThat(verdict.status()).isEqualTo(expected);
        if (expected == VerdictStatus.FAIL) {
            Finding finding = verdict.findings().get(0);
            assertThat(finding.ruleId()).isEqualTo("OM-WPZ-RED");
            assertThat(finding.measuredDistanceM()).isNull();
            assertThat(finding.geometry()).isEqualTo(RED_ZONE);
        }
    }

    @ParameterizedTest(name = "{0} in a replacement-only zone → {1}")
    @CsvSource({"WELL_DRILLING, FAIL", "WELL_DEEPENING, FAIL", "WELL_REPLACEMENT, PASS"})
    void aReplacementOnlyZoneAllowsOnlyReplacement(ApplicationType type, VerdictStatus expected) {
        Candidate zone = Candidate.of("RZ-1", FeatureKind.REPLACEMENT_ONLY_ZONE, "Batinah coast",
                RED_ZONE);

        assertThat(check(point(57.1, 23.1), type, "AGRICULTURAL", 30.0, zone).status())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a no-new-wells zone → {1}")
    @CsvSource({"WELL_DRILLING, FAIL", "WELL_REPLACEMENT, PASS", "WELL_DEEPENING, PASS"})
    void aNoNewWellsZoneRefusesDrilling(ApplicationType type, VerdictStatus expected) {
        Candidate zone = Candidate.of("NZ-1", FeatureKind.NO_NEW_WELLS_ZONE, "Ban zone", RED_ZONE);

        assertThat(check(point(57.1, 23.1), type, "AGRICULTURAL", 30.0, zone).status())
                .isEqualTo(expected);
    }

    @Test
    void aStudyRequiredZoneNeedsReview() {
        Candidate zone = Candidate.of("SZ-1", FeatureKind.STUDY_REQUIRED_ZONE, "Study zone", RED_ZONE);

        Verdict verdict = check(point(57.1, 23.1), WELL_DRILLING, "INDUSTRIAL", 100.0, zone);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
        assertThat(verdict.allowsPermit()).isFalse();
    }

    @ParameterizedTest(name = "{0} well 1 km from a falaj mother well → {1} by {2}")
    @CsvSource({
        "MONITORING, NEEDS_REVIEW, OM-FALAJ-3500-EXEMPT",
        "FALAJ_ASSIST, NEEDS_REVIEW, OM-FALAJ-3500-EXEMPT",
        "AGRICULTURAL, FAIL, OM-FALAJ-3500"})
    void monitoringAndFalajAssistWellsAreExemptFromTheHarimBanButNeedALicence(String use,
            VerdictStatus expected, String ruleId) {
        Candidate motherWell = Candidate.of("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "Falaj",
                point(NIZWA));

        Verdict verdict = check(point(destination(NIZWA, 200, 1000)), WELL_DRILLING, use, 10.0,
                motherWell);

        assertThat(verdict.status()).isEqualTo(expected);
        assertThat(verdict.findings()).extracting(Finding::ruleId).containsExactly(ruleId);
    }

    @ParameterizedTest(name = "yield {0} m³/day, neighbour at 500 m → {1}")
    @CsvSource(nullValues = "unknown", value = {
        "30, PASS, ''",
        "49.99, PASS, ''",
        "50, NEEDS_REVIEW, OM-WELL-701",
        "60, NEEDS_REVIEW, OM-WELL-701",
        "200, NEEDS_REVIEW, OM-WELL-1609",
        "unknown, NEEDS_REVIEW, OM-WELL-1609 OM-WELL-3219 OM-WELL-701"})
    void theYieldClassSetsTheDistanceToExistingWells(Double yield, VerdictStatus expected,
            String ruleIds) {
        Candidate neighbour = Candidate.of("W-2", FeatureKind.EXISTING_WELL, "W-2",
                point(destination(NIZWA, 10, 500)));

        Verdict verdict = check(point(NIZWA), WELL_DRILLING, "AGRICULTURAL", yield, neighbour);

        assertThat(verdict.status()).isEqualTo(expected);
        assertThat(String.join(" ", verdict.findings().stream().map(Finding::ruleId).toList()))
                .isEqualTo(ruleIds);
    }

    @ParameterizedTest(name = "{0} well {1} m from a septic tank → {2}")
    @CsvSource({
        "DOMESTIC, 30, PASS, ''",
        "DOMESTIC, 10, NEEDS_REVIEW, OM-SEPTIC-15",
        "PUBLIC_SUPPLY, 30, NEEDS_REVIEW, OM-SEPTIC-PSW-46",
        "PUBLIC_SUPPLY, 10, NEEDS_REVIEW, OM-SEPTIC-PSW-46"})
    void publicSupplyWellsKeepFurtherFromSepticTanks(String use, double metres,
            VerdictStatus expected, String ruleIds) {
        Candidate septic = Candidate.of("ST-1", FeatureKind.SEPTIC_TANK, null,
                point(destination(NIZWA, 300, metres)));

        Verdict verdict = check(point(NIZWA), WELL_DRILLING, use, 20.0, septic);

        assertThat(verdict.status()).isEqualTo(expected);
        assertThat(String.join(" ", verdict.findings().stream().map(Finding::ruleId).toList()))
                .isEqualTo(ruleIds);
    }

    @Test
    void aReplacementIgnoresTheWellItReplacesButNotItsNeighbours() {
        Candidate replaced = Candidate.of("W-1", FeatureKind.EXISTING_WELL, "W-1",
                point(destination(NIZWA, 90, 10)));
        Candidate neighbour = Candidate.of("W-2", FeatureKind.EXISTING_WELL, "W-2",
                point(destination(NIZWA, 0, 150)));
        SpacingRequest replacement =
                new SpacingRequest(point(NIZWA), WELL_REPLACEMENT, "AGRICULTURAL", 30.0, "W-1");

        Verdict alone = validator.check(replacement, rules, List.of(replaced));
        Verdict withNeighbour = validator.check(replacement, rules, List.of(replaced, neighbour));
        Verdict asNewWell = validator.check(
                SpacingRequest.of(point(NIZWA), WELL_DRILLING, "AGRICULTURAL", 30.0), rules,
                List.of(replaced));

        assertThat(alone.status()).isEqualTo(VerdictStatus.PASS);
        assertThat(withNeighbour.findings()).extracting(f -> f.feature().id()).containsExactly("W-2");
        assertThat(asNewWell.findings()).extracting(f -> f.feature().id()).containsExactly("W-1");
    }

    @Test
    void returnsEveryFindingAtOnceOrderedByRuleThenDistance() {
        Point well = point(57.1, 23.1);
        List<Candidate> candidates = List.of(
                Candidate.of("W-far", FeatureKind.EXISTING_WELL, "far", point(destination(well.getCoordinate(), 0, 180))),
                Candidate.of("W-near", FeatureKind.EXISTING_WELL, "near", point(destination(well.getCoordinate(), 90, 60))),
                Candidate.of("ST-1", FeatureKind.SEPTIC_TANK, "septic", point(destination(well.getCoordinate(), 45, 12))),
                Candidate.of("WPZ-1", FeatureKind.WPZ_RED, "zone", RED_ZONE),
                Candidate.of("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "falaj", point(destination(well.getCoordinate(), 270, 2000))));

        Verdict verdict = validator.check(
                SpacingRequest.of(well, WELL_DRILLING, "DOMESTIC", 10.0), rules, candidates);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.FAIL);
        assertThat(verdict.findings()).extracting(f -> f.ruleId() + "/" + f.feature().id())
                .containsExactly("OM-FALAJ-3500/FMW-1", "OM-SEPTIC-15/ST-1", "OM-WELL-201/W-near",
                        "OM-WELL-201/W-far", "OM-WPZ-RED/WPZ-1");
    }

    @Test
    void aWarningLeavesTheVerdictPassing() {
        Candidate channel = Candidate.of("FC-1", FeatureKind.FALAJ_CHANNEL, "Falaj channel",
                wkt("LINESTRING (57.52 22.936, 57.54 22.936)"));

        Verdict verdict = check(point(NIZWA), WELL_DRILLING, "DOMESTIC", 5.0, channel);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.PASS);
        assertThat(verdict.allowsPermit()).isTrue();
        assertThat(verdict.findings()).extracting(Finding::outcome).containsExactly(RuleOutcome.WARN);
    }

    @Test
    void aRegistrationIsCheckedAndItsFindingsRecorded() {
        Candidate motherWell = Candidate.of("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "Falaj",
                point(NIZWA));

        Verdict verdict = check(point(destination(NIZWA, 0, 800)), WELL_REGISTRATION,
                "AGRICULTURAL", 30.0, motherWell);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.FAIL);
        assertThat(verdict.findings()).extracting(Finding::ruleId).containsExactly("OM-FALAJ-3500");
    }

    @Test
    void deepeningNearAFalajNeedsReviewRatherThanRefusal() {
        Candidate motherWell = Candidate.of("FMW-1", FeatureKind.FALAJ_MOTHER_WELL, "Falaj",
                point(NIZWA));

        Verdict verdict = check(point(destination(NIZWA, 0, 800)), WELL_DEEPENING,
                "AGRICULTURAL", 30.0, motherWell);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
        assertThat(verdict.findings()).extracting(Finding::ruleId).containsExactly("OM-FALAJ-3500-MOD");
    }

    @Test
    void musandamWellsAreMeasuredLikeAnyOther() {
        Coordinate khasab = new Coordinate(56.2486, 26.1799);
        Candidate motherWell = Candidate.of("FMW-M", FeatureKind.FALAJ_MOTHER_WELL, "Khasab",
                point(khasab));

        Verdict near = check(point(destination(khasab, 300, 3499.99)), WELL_DRILLING, "DOMESTIC", 5.0, motherWell);
        Verdict far = check(point(56.1483, 26.1453), WELL_DRILLING, "DOMESTIC", 5.0, motherWell);

        assertThat(near.status()).isEqualTo(VerdictStatus.FAIL);
        assertThat(far.status()).isEqualTo(VerdictStatus.PASS);
    }

    @Test
    void dhofarWellsEitherSideOf54EastAreMeasuredAcrossTheBorder() {
        Candidate motherWell = Candidate.of("FMW-D", FeatureKind.FALAJ_MOTHER_WELL, "Dhofar",
                point(54.0005, 17.0));

        Finding finding = check(point(53.9995, 17.0), WELL_DRILLING, "DOMESTIC", 5.0, motherWell)
                .findings().get(0);

        assertThat(finding.measuredDistanceM()).isEqualTo(new BigDecimal("106.49"));
    }

    @Test
    void searchRadiiCoverEveryApplicableRuleWithAMargin() {
        SpacingRequest drilling = SpacingRequest.of(point(NIZWA), WELL_DRILLING, "AGRICULTURAL", 60.0);

        Map<FeatureKind, Double> radii = OmanDefaultRules.ruleSet().searchRadiiM(drilling);

        assertThat(radii).containsOnlyKeys(FeatureKind.values());
        assertThat(radii.get(FeatureKind.FALAJ_MOTHER_WELL)).isCloseTo(3545.0, within(1e-9));
        assertThat(radii.get(FeatureKind.EXISTING_WELL)).isCloseTo(701.04 * 1.01 + 10, within(1e-9));
        assertThat(radii.get(FeatureKind.WPZ_RED)).isEqualTo(RuleSet.SEARCH_MARGIN_M);
    }

    @Test
    void searchRadiiOmitKindsNoApplicableRuleTargets() {
        SpacingRequest deepening = SpacingRequest.of(point(NIZWA), WELL_DEEPENING, "AGRICULTURAL", 60.0);
        SpacingRequest monitoring = SpacingRequest.of(point(NIZWA), WELL_DRILLING, "MONITORING", 0.0);

        assertThat(OmanDefaultRules.ruleSet().searchRadiiM(deepening))
                .doesNotContainKeys(FeatureKind.EXISTING_WELL, FeatureKind.SEPTIC_TANK)
                .containsKeys(FeatureKind.FALAJ_MOTHER_WELL, FeatureKind.WPZ_RED);
        assertThat(OmanDefaultRules.ruleSet().searchRadiiM(monitoring))
                .doesNotContainKey(FeatureKind.EXISTING_WELL)
                .containsKey(FeatureKind.FALAJ_MOTHER_WELL);
    }

    private Verdict check(Point well, ApplicationType type, String use, Double yield,
            Candidate... candidates) {
        return validator.check(SpacingRequest.of(well, type, use, yield), rules, List.of(candidates));
    }
}
