package org.manhal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.manhal.application.ApplicationType.WELL_DRILLING;
import static org.manhal.rules.Fixtures.point;
import static org.manhal.rules.Fixtures.wkt;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.manhal.application.ApplicationType;

class SpacingRuleUnitTests {

    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    @Test
    void aMinimumDistanceRuleNeedsAPositiveDistance() {
        assertThatIllegalArgumentException().isThrownBy(() -> rule("X").minDistance(
                FeatureKind.EXISTING_WELL, "0").build());
    }

    @Test
    void aDistanceFinerThanACentimetreIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> rule("X").minDistance(
                FeatureKind.EXISTING_WELL, "201.168").build()).withMessageContaining("two decimals");
    }

    @Test
    void aNotInsideRuleMustTargetAZone() {
        assertThatIllegalArgumentException().isThrownBy(() -> rule("X").notInside(
                FeatureKind.LANDFILL).build());
    }

    @Test
    void aRuleNeedsAnApplicationType() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpacingRule.builder("X")
                .minDistance(FeatureKind.EXISTING_WELL, "10").outcome(RuleOutcome.WARN)
                .legalReference("r").messages("ع", "e").build());
    }

    @Test
    void exemptUsesOverrideTheUseFilter() {
        SpacingRule rule = rule("X").minDistance(FeatureKind.EXISTING_WELL, "10")
                .wellUses("DOMESTIC", "MONITORING").exemptUses("MONITORING").build();

        assertThat(rule.appliesTo(request("DOMESTIC", 1.0))).isTrue();
        assertThat(rule.appliesTo(request("MONITORING", 1.0))).isFalse();
        assertThat(rule.appliesTo(request("AGRICULTURAL", 1.0))).isFalse();
    }

    @Test
    void yieldClassesAreHalfOpenAndIncludeAnUnknownYield() {
        YieldClass middle = new YieldClass(50.0, 85.0);

        assertThat(middle.includes(50.0)).isTrue();
        assertThat(middle.includes(84.999)).isTrue();
        assertThat(middle.includes(85.0)).isFalse();
        assertThat(middle.includes(49.999)).isFalse();
        assertThat(middle.includes(null)).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new YieldClass(85.0, 50.0));
    }

    @Test
    void theDefaultRulesHaveUniqueIds() {
        assertThat(OmanDefaultRules.rules()).extracting(SpacingRule::id).doesNotHaveDuplicates();
        assertThat(OmanDefaultRules.ruleSet().rules()).hasSameSizeAs(OmanDefaultRules.rules());
    }

    @Test
    void theFalajHarimIsASourcedRuleThatRefuses() {
        SpacingRule falaj = defaultRule("OM-FALAJ-3500");

        assertThat(falaj.configurableDefault()).isFalse();
        assertThat(falaj.distanceM()).isEqualByComparingTo("3500");
        assertThat(falaj.outcome()).isEqualTo(RuleOutcome.REJECT);
        assertThat(falaj.exemptUses()).containsExactlyInAnyOrder("MONITORING", "FALAJ_ASSIST");
        assertThat(falaj.legalReference()).contains("Times of Oman", "van der Gun");
    }

    @Test
    void configurableDefaultsSayWhatTheyFollowAndNeverRefuse() {
        List<SpacingRule> defaults = OmanDefaultRules.rules().stream()
                .filter(SpacingRule::configurableDefault).toList();

        assertThat(defaults).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.legalReference()).startsWith("configurable default, after ");
            assertThat(rule.outcome()).isNotEqualTo(RuleOutcome.REJECT);
        });
    }

    @Test
    void everyDefaultRuleSpeaksArabicAndEnglish() {
        assertThat(OmanDefaultRules.rules()).allSatisfy(rule -> {
            assertThat(ARABIC.matcher(rule.messageAr()).find()).as(rule.id()).isTrue();
            assertThat(ARABIC.matcher(rule.messageEn()).find()).as(rule.id()).isFalse();
        });
    }

    @Test
    void aReplacementOnlyZoneDoesNotApplyToReplacement() {
        SpacingRule zone = defaultRule("OM-ZONE-REPLACEMENT-ONLY");

        assertThat(zone.applicationTypes()).contains(WELL_DRILLING, ApplicationType.WELL_DEEPENING)
                .doesNotContain(ApplicationType.WELL_REPLACEMENT);
    }

    @Test
    void everyKindHasArabicAndEnglishLabels() {
        for (FeatureKind kind : FeatureKind.values()) {
            assertThat(ARABIC.matcher(kind.labelAr()).find()).as(kind.name()).isTrue();
            assertThat(kind.labelEn()).isNotBlank();
        }
        for (ApplicationType type : ApplicationType.values()) {
            assertThat(ARABIC.matcher(type.labelAr()).find()).as(type.name()).isTrue();
        }
    }

    @Test
    void theVerdictFollowsTheWorstOutcome() {
        Finding warn = finding(RuleOutcome.WARN);
        Finding review = finding(RuleOutcome.NEEDS_REVIEW);
        Finding reject = finding(RuleOutcome.REJECT);

        assertThat(Verdict.of(List.of()).status()).isEqualTo(VerdictStatus.PASS);
        assertThat(Verdict.of(List.of(warn)).status()).isEqualTo(VerdictStatus.PASS);
        assertThat(Verdict.of(List.of(warn, review)).status()).isEqualTo(VerdictStatus.NEEDS_REVIEW);
        assertThat(Verdict.of(List.of(review, reject, warn)).status()).isEqualTo(VerdictStatus.FAIL);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Verdict(VerdictStatus.PASS, List.of(reject)));
    }

    @Test
    void aRequestWithoutSrid4326IsRefused() {
        GeometryFactory noSrid = new GeometryFactory();

        assertThatIllegalArgumentException().isThrownBy(() -> SpacingRequest.of(
                noSrid.createPoint(new Coordinate(57.5, 23.0)), WELL_DRILLING, "DOMESTIC", 1.0))
                .withMessageContaining("SRID");
    }

    @Test
    void aBuildingPermitIsNotAWellApplication() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpacingRequest.of(
                point(57.5, 23.0), ApplicationType.BUILDING_PERMIT, "DOMESTIC", 1.0));
    }

    @Test
    void aZoneMustBeAPolygon() {
        assertThatIllegalArgumentException().isThrownBy(() -> Candidate.of("Z", FeatureKind.WPZ_RED,
                "zone", wkt("LINESTRING (57 23, 58 23)"))).withMessageContaining("polygon");
    }

    private static SpacingRule.Builder rule(String id) {
        return SpacingRule.builder(id).applicationTypes(WELL_DRILLING).outcome(RuleOutcome.WARN)
                .legalReference("test").messages("رسالة", "message");
    }

    private static SpacingRequest request(String use, Double yield) {
        return SpacingRequest.of(point(57.5, 23.0), WELL_DRILLING, use, yield);
    }

    private static SpacingRule defaultRule(String id) {
        return OmanDefaultRules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Finding finding(RuleOutcome outcome) {
        return new Finding("R", "ref", outcome, BigDecimal.ONE, BigDecimal.TEN,
                new FeatureRef("F", FeatureKind.EXISTING_WELL, null, null), point(57.5, 23.0), "ع", "e");
    }
}
