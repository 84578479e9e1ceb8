package org.manhal.spacing;

import java.util.List;

import org.manhal.common.Text;
import org.manhal.rules.Verdict;

/**
 * The answer to a spacing check: the verdict, which rules have more findings than are listed, and
 * the rule set it was decided with.
 *
 * <p>The verdict's status is always decided on every feature in reach, exactly as
 * {@link org.manhal.rules.WellSpacingValidator} decides it. Its findings list, per rule, the
 * {@code maxFindingsPerRule} nearest conflicting features: next to a dense well field a 3 km
 * rule can be broken by thousands of wells, and a map or a reviewer needs the nearest ones. A rule
 * with findings not listed is named in {@link #truncated()}.
 *
 * <p>When a listed finding is about a sample feature (the demo wells and protection layers, never
 * real), the check rests on sample data ({@link #basedOnSample()}) and carries {@link #SAMPLE_NOTICE}.
 *
 * @param verdict the status and the listed findings (per rule nearest first)
 * @param truncated the rules whose findings are not all listed; empty when every finding is
 * @param ruleSetVersion {@code spacing_rule_set.version} of the rules applied
 */
public record SpacingCheck(Verdict verdict, List<TruncatedRule> truncated, long ruleSetVersion) {

    /** What a check resting on sample data says, in both languages. */
    public static final Text SAMPLE_NOTICE = new Text(
            "يستند هذا الحكم إلى بيانات تجريبية (آبار أو معالم حماية غير حقيقية)، ولا يصلح أساساً لقرار حقيقي.",
            "This verdict rests on sample data (wells or protection features that are not real), not a basis for a real decision.");

    public SpacingCheck {
        truncated = List.copyOf(truncated);
    }

    /** Whether a listed finding is about a sample feature: then no basis for a real decision. */
    public boolean basedOnSample() {
        return verdict.basedOnSample();
    }

    /**
     * A rule broken by more features than are listed (or possibly more: the search stopped once
     * the listed ones were certainly the nearest).
     *
     * @param ruleId the rule
     * @param listedFindings how many of its findings are listed, the nearest ones
     */
    public record TruncatedRule(String ruleId, int listedFindings) {
    }
}
