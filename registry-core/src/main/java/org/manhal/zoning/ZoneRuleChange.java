package org.manhal.zoning;

import java.time.Instant;

/**
 * One audited change of a zone rule ({@code zone_rule_audit}, written by a trigger).
 *
 * @param code the zone code
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
