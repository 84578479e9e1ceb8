package org.manhal.spacing;

import org.manhal.rules.RuleSet;

/**
 * The rules in force (enabled) at one version of the rule set.
 *
 * @param rules the enabled rules
 * @param version the value of {@code spacing_rule_set.version} they were read at; recorded with
 *        every stored finding
 */
public record RuleSnapshot(RuleSet rules, long version) {
}
