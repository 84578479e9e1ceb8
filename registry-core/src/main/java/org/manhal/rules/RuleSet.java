package org.manhal.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable set of spacing rules with unique ids, and what the database must load for a
 * request: which feature kinds, and how far around the well.
 */
public final class RuleSet {

    /**
     * Added to every search radius, relative to it: covers a prefilter that measures on the
     * sphere or along great-circle edges (PostGIS {@code geography}) rather than exactly as the
     * engine does. Extra candidates cost little; a missing one would hide a violation.
     */
    public static final double SEARCH_MARGIN_RELATIVE = 0.01;

    /** Added to every search radius, in metres, for the same reason. */
    public static final double SEARCH_MARGIN_M = 10.0;

    private final List<SpacingRule> rules;

    private RuleSet(List<SpacingRule> rules) {
        this.rules = rules;
    }

    /** A rule set; rejects duplicate rule ids. */
    public static RuleSet of(Collection<SpacingRule> rules) {
        Set<String> ids = new HashSet<>();
        for (SpacingRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate spacing rule id " + rule.id());
            }
        }
        return new RuleSet(List.copyOf(rules));
    }

    /** All rules, in the order given. */
    public List<SpacingRule> rules() {
        return rules;
    }

    /** The rules that apply to the request's application type, use and yield. */
    public List<SpacingRule> applicableTo(SpacingRequest request) {
        return rules.stream().filter(rule -> rule.appliesTo(request)).toList();
    }

    /**
     * For each feature kind that an applicable rule targets, the radius in metres (geodesic)
     * within which the database must return candidates of that kind: the largest applicable
     * minimum distance, 0 for zones (which must contain the well), plus
     * {@link #SEARCH_MARGIN_RELATIVE} and {@link #SEARCH_MARGIN_M}. Kinds absent from the map
     * need not be loaded at all.
     */
    public Map<FeatureKind, Double> searchRadiiM(SpacingRequest request) {
        Map<FeatureKind, Double> radii = new EnumMap<>(FeatureKind.class);
        for (SpacingRule rule : applicableTo(request)) {
            double reach = rule.operator() == SpacingOperator.MIN_DISTANCE
                    ? rule.distanceM().doubleValue() : 0;
            radii.merge(rule.targetKind(), reach, Math::max);
        }
        radii.replaceAll((kind, reach) -> reach * (1 + SEARCH_MARGIN_RELATIVE) + SEARCH_MARGIN_M);
        return Collections.unmodifiableMap(radii);
    }
}
