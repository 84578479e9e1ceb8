package org.manhal.spacing;

import java.util.Objects;
import java.util.Optional;

import org.manhal.well.Well;

/**
 * The outcome of {@link SpacingCheckService#permitWell}: the check it was decided on and, when the
 * verdict allowed it, the well recorded as {@code PERMITTED}.
 *
 * @param check the spacing check made under the neighbourhood lock
 * @param well the permitted well, or {@code null} when the verdict did not allow a permit
 */
public record PermitDecision(SpacingCheck check, Well well) {

    public PermitDecision {
        Objects.requireNonNull(check, "check");
        if ((well != null) != check.verdict().allowsPermit()) {
            throw new IllegalArgumentException("a well is recorded exactly when the verdict allows a permit");
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
}
