package org.manhal.zoning.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.ZoneRule;

/**
 * The strictest of several zone rules, limit by limit, each with the rule that set it (a plot
 * split by a zone line is checked against every zone it lies in at once): the smallest coverage,
 * floor-area ratio, floors and height, the largest setbacks and minimum plot area, the worst use
 * status. A zone that sets no limit does not loosen another's.
 */
final class Strictest {

    /** A limit and the rule it comes from. */
    record Limit(BigDecimal value, ZoneRule from) {
    }

    private final List<ZoneRule> rules;

    Strictest(List<ZoneRule> rules) {
        this.rules = List.copyOf(rules);
    }

    Optional<Limit> smallest(Function<ZoneRule, BigDecimal> limit) {
        return rules.stream().filter(r -> limit.apply(r) != null).map(r -> new Limit(limit.apply(r), r))
                .min(Comparator.comparing(Limit::value));
    }

    Optional<Limit> largest(Function<ZoneRule, BigDecimal> limit) {
        return rules.stream().filter(r -> limit.apply(r) != null).map(r -> new Limit(limit.apply(r), r))
                .max(Comparator.comparing(Limit::value));
    }

    /** The rule that treats the use worst (refused before conditional before permitted). */
    Optional<ZoneRule> worstFor(BuildingUse use) {
        return rules.stream().max(Comparator.comparing((ZoneRule r) -> r.statusOf(use).ordinal()));
    }
}
