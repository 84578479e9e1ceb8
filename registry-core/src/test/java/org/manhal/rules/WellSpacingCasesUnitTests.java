package org.manhal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.rules.Fixtures.wkt;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.geom.Point;
import org.manhal.application.ApplicationType;

/**
 * The table of spacing cases in {@code cases/well-spacing.csv}, checked against
 * {@link OmanDefaultRules}: one proposed well (WKT, lon/lat), one candidate feature, the expected
 * verdict and the space-separated ids of every rule with a finding (empty for none).
 */
class WellSpacingCasesUnitTests {

    private static final RuleSet RULES = OmanDefaultRules.ruleSet();

    private final WellSpacingValidator validator = new WellSpacingValidator();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/cases/well-spacing.csv", numLinesToSkip = 1)
    void wellSpacingCase(String name, ApplicationType applicationType, String use, Double yield,
            String proposedWkt, FeatureKind featureKind, String featureWkt,
            VerdictStatus expectedVerdict, String expectedRuleIds) {
        SpacingRequest request = SpacingRequest.of((Point) wkt(proposedWkt), applicationType, use, yield);
        Candidate feature = Candidate.of("F-1", featureKind, name, wkt(featureWkt));

        Verdict verdict = validator.check(request, RULES, List.of(feature));

        assertThat(verdict.status()).as("case '%s': verdict, findings %s", name, verdict.findings())
                .isEqualTo(expectedVerdict);
        assertThat(verdict.findings()).as("case '%s': rules with findings", name)
                .extracting(Finding::ruleId)
                .containsExactlyElementsOf(ruleIds(expectedRuleIds));
    }

    private static List<String> ruleIds(String expected) {
        return expected == null ? List.of() : Arrays.asList(expected.trim().split(" +"));
    }
}
