package org.manhal.spacing;

import java.util.Objects;
import java.util.Optional;

import org.manhal.common.Text;
import org.manhal.rules.VerdictStatus;
import org.manhal.well.Well;

/**
 * The outcome of {@link SpacingCheckService#permitWell}: the check it was decided on and, when the
 * verdict allowed it, the well recorded as {@code PERMITTED}.
 *
 * <p>A real permit is never granted on invented data: a check that rests on sample data
 * ({@link SpacingCheck#basedOnSample()}) records no well, even when it passes. Its
 * {@link #outcome()} is then {@link Outcome#NEEDS_REVIEW} with {@link SpacingCheck#SAMPLE_NOTICE},
 * unless the findings on real features alone refuse the permit ({@link Outcome#REFUSED}): sample
 * data can send a permit to a reviewer, but neither grant nor refuse it on its own.
 *
 * @param check the spacing check made under the neighbourhood lock
 * @param well the permitted well, or {@code null} when the verdict did not allow a permit
 */
public record PermitDecision(SpacingCheck check, Well well) {

    /** What became of the permit. */
    public enum Outcome {
        /** The verdict passed on real data: the well is recorded as {@code PERMITTED}. */
        PERMITTED,
        /** A rule refuses it on real features ({@code FAIL}). */
        REFUSED,
        /** A reviewer decides: the verdict says {@code NEEDS_REVIEW}, or it rests on sample data. */
        NEEDS_REVIEW
    }

    public PermitDecision {
        Objects.requireNonNull(check, "check");
        // a NEEDS_REVIEW verdict may go either way (a reviewer's acknowledgement decides), PASS and FAIL may not
        if (well != null ? !check.verdict().allowsPermitAfterReview() : check.verdict().allowsPermit()) {
            throw new IllegalArgumentException("a well is recorded when the verdict allows a permit, never on FAIL or sample data");
        }
    }

    /** Whether the well was permitted and recorded. */
    public boolean permitted() {
        return well != null;
    }

    /** The permitted well, if any. */
    public Optional<Well> permittedWell() {
        return Optional.ofNullable(well);
    }

    /** What became of the permit (see the class comment for sample data). */
    public Outcome outcome() {
        if (permitted()) {
            return Outcome.PERMITTED;
        }
        VerdictStatus onReal = check.verdict().statusOnRealFeatures();
        return onReal == VerdictStatus.FAIL ? Outcome.REFUSED : Outcome.NEEDS_REVIEW;
    }

    /** Why the decision is not the verdict's alone: the sample-data notice, or null. */
    public Text notice() {
        return check.basedOnSample() ? SpacingCheck.SAMPLE_NOTICE : null;
    }
}
