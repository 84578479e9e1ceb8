package org.manhal.rules;

import java.util.List;

/**
 * The result of a spacing check: the overall status and every finding at once (never only the
 * first), ordered by rule id, then distance, then feature id.
 *
 * <p>The status is {@link VerdictStatus#FAIL} if any finding is {@link RuleOutcome#REJECT}, else
 * {@link VerdictStatus#NEEDS_REVIEW} if any is {@link RuleOutcome#NEEDS_REVIEW}, else
 * {@link VerdictStatus#PASS}; {@link RuleOutcome#WARN} findings leave a verdict passing.
 *
 * <p>For {@link org.manhal.application.ApplicationType#WELL_REGISTRATION} the verdict is recorded
 * with the well (it tells what a new permit at that place would face) but the caller never refuses
 * a registration on it.
 *
 * @param status the overall status
 * @param findings all findings, unmodifiable
 */
public record Verdict(VerdictStatus status, List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
        if (status != statusOf(findings)) {
            throw new IllegalArgumentException(status + " does not follow from the findings");
        }
    }

    /** The verdict that follows from the findings. */
    public static Verdict of(List<Finding> findings) {
        return new Verdict(statusOf(findings), findings);
    }

    /** Whether a permit may be granted without a reviewer: only on {@link VerdictStatus#PASS}. */
    public boolean allowsPermit() {
        return status == VerdictStatus.PASS;
    }

    private static VerdictStatus statusOf(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.outcome() == RuleOutcome.REJECT)) {
            return VerdictStatus.FAIL;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == RuleOutcome.NEEDS_REVIEW)) {
            return VerdictStatus.NEEDS_REVIEW;
        }
        return VerdictStatus.PASS;
    }
}
