package org.manhal.zoning;

import java.math.BigDecimal;
import java.time.Instant;

import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;

/**
 * How far a building keeps from one kind of protected water feature (a falaj's mother well or
 * channel, a public supply well), measured geodesically from the footprint, and what a building
 * nearer than that gets ({@code zoning_protection_distance}).
 *
 * @param kind the protected feature's kind
 * @param distanceM the distance in metres, to the centimetre; exactly at it passes
 * @param outcome the finding's outcome when nearer
 * @param legalReference where the figure comes from (or that it is a configurable default)
 * @param version the row's version, for optimistic changes
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 */
public record ProtectionDistance(FeatureKind kind, BigDecimal distanceM, RuleOutcome outcome, String legalReference,
                                 long version, Instant updatedAt, String updatedBy) {
}
