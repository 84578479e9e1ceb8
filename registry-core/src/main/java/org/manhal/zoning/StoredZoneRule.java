package org.manhal.zoning;

import java.time.Instant;
import java.util.Objects;

/**
 * A zone rule as stored: the rule, whether it is in force, and who changed it last.
 *
 * @param rule the rule
 * @param enabled whether checks apply it; a plot in a zone whose rule is disabled is under no rule
 * @param version raised by every change, for optimistic locking ({@code If-Match})
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record StoredZoneRule(ZoneRule rule, boolean enabled, long version, Instant updatedAt, String updatedBy) {

    public StoredZoneRule {
        Objects.requireNonNull(rule, "rule");
    }

    public String code() {
        return rule.code();
    }
}
