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
 * <p>A verdict with a finding on a sample feature ({@link FeatureRef#sample()}) rests on sample
 * data ({@link #basedOnSample()}): it is shown, but no permit is granted on it.
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

    /**
     * Whether a permit may be granted without a reviewer: only on {@link VerdictStatus#PASS}, and
     * never on a verdict that rests on sample data (a real permit is never granted on invented
     * data, not even past a warning about it).
     */
    public boolean allowsPermit() {
        return status == VerdictStatus.PASS && !basedOnSample();
    }

    /**
     * Whether a permit may be granted once a reviewer has acknowledged the findings: on
     * {@link VerdictStatus#PASS} or {@link VerdictStatus#NEEDS_REVIEW}, never on {@code FAIL} and
     * never on a verdict that rests on sample data.
     */
    public boolean allowsPermitAfterReview() {
        return status != VerdictStatus.FAIL && !basedOnSample();
    }

    /** Whether any finding is about a sample feature: the verdict is then no basis for a real decision. */
    public boolean basedOnSample() {
        return findings.stream().anyMatch(f -> f.feature().sample());
    }

    /**
     * The verdict the findings on real features alone give: what a decision may rest on. Equal to
     * {@link #status()} when the verdict does not rest on sample data.
     */
    public VerdictStatus statusOnRealFeatures() {
        return statusOf(findings.stream().filter(f -> !f.feature().sample()).toList());
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
