package org.manhal.spacing;

import java.time.Instant;

/**
 * One audited change of a spacing rule (table {@code spacing_rule_audit}, written by a trigger).
 *
 * @param ruleId the rule changed
 * @param action {@code CREATED} or {@code UPDATED}
 * @param version the rule's version after the change
 * @param changedAt when
 * @param changedBy who
 * @param oldValues the row before, as JSON text, or {@code null} on creation
 * @param newValues the row after, as JSON text
 */
public record RuleChange(String ruleId, String action, long version, Instant changedAt, String changedBy,
                         String oldValues, String newValues) {
}
