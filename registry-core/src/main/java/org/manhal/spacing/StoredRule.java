package org.manhal.spacing;

import java.time.Instant;
import java.util.Objects;

import org.manhal.rules.SpacingRule;

/**
 * A spacing rule as stored in {@code spacing_rule}: the rule, whether it is in force, and who
 * changed it last.
 *
 * @param rule the rule (see {@link SpacingRule} for its semantics, units and CRS)
 * @param enabled whether checks apply it; a disabled rule is kept with its audit trail
 * @param version incremented on every change, for optimistic locking ({@code If-Match})
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record StoredRule(SpacingRule rule, boolean enabled, long version, Instant updatedAt, String updatedBy) {

    public StoredRule {
        Objects.requireNonNull(rule, "rule");
    }

    /** The rule's id. */
    public String id() {
        return rule.id();
    }
}
