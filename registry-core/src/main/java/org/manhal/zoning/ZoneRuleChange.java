package org.manhal.zoning;

import java.time.Instant;

/**
 * One audited change of a zone rule ({@code zone_rule_audit}) or of a protection distance
 * ({@code zoning_protection_distance_audit}), written by the rule-audit trigger.
 *
 * @param code the zone code (for a change of a protection distance, {@link ProtectionDistance}, the feature kind)
 * @param action {@code CREATED} or {@code UPDATED}
 * @param version the rule's version after the change
 * @param changedAt when
 * @param changedBy who
 * @param reason why, as the writer said, or {@code null}
 * @param requestId the request that made it, or {@code null}
 * @param oldValues the row before, JSON text, {@code null} on creation
 * @param newValues the row after, JSON text
 */
public record ZoneRuleChange(String code, String action, long version, Instant changedAt, String changedBy,
                             String reason, String requestId, String oldValues, String newValues) {
}
