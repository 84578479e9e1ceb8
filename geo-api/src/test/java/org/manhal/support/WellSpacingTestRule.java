package org.manhal.support;

import java.util.UUID;

import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingRule;
import org.manhal.spacing.SpacingRules;

/**
 * A test's own spacing rule: drilling a MONITORING well of one exact yield within 1,000 m of an
 * existing well is refused. The yield is the test's own, so the rule judges that test's wells
 * only, whatever other tests leave in the shared registry; {@link #disable()} it after each test
 * (the next test makes its own, with a new id).
 */
public final class WellSpacingTestRule {

    public static final String MIN_DISTANCE_M = "1000";

    private final SpacingRules rules;
    private final String id;

    private WellSpacingTestRule(SpacingRules rules, String id) {
        this.rules = rules;
        this.id = id;
    }

    /** Enables a new rule for wells of {@code yield} m³/day; {@code purpose} goes into its id and legal reference. */
    public static WellSpacingTestRule enable(SpacingRules rules, String purpose, double yield) {
        String id = "TEST-" + purpose + "-" + MIN_DISTANCE_M + "-" + UUID.randomUUID().toString().substring(0, 8);
        rules.put(SpacingRule.builder(id).applicationTypes(ApplicationType.WELL_DRILLING)
                .wellUses("MONITORING").yieldClass(yield - 0.5, yield + 0.5)
                .minDistance(FeatureKind.EXISTING_WELL, MIN_DISTANCE_M).outcome(RuleOutcome.REJECT)
                .legalReference(purpose.toLowerCase() + " test rule")
                .messages("تبعد البئر {measured} م عن {feature}", "The well is {measured} m from {feature}")
                .build(), true, null, new Actor("test"));
        return new WellSpacingTestRule(rules, id);
    }

    public String id() {
        return id;
    }

    public void disable() {
        rules.put(rules.get(id).rule(), false, null, new Actor("test"));
    }
}
