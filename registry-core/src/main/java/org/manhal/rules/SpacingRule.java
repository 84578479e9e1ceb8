package org.manhal.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.manhal.application.ApplicationType;

/**
 * One well-spacing or protection-zone rule: data, not code (the persistence layer stores them in
 * {@code spacing_rule}; {@link OmanDefaultRules} is the seed set).
 *
 * <p>A rule applies to a {@link SpacingRequest} when the application type is one of
 * {@link #applicationTypes()}, the well use is in {@link #wellUses()} (empty means every use) and
 * not in {@link #exemptUses()}, and the yield is in {@link #yieldClass()}. It then tests every
 * candidate feature of {@link #targetKind()} with its {@link #operator()}:
 * <ul>
 * <li>{@link SpacingOperator#MIN_DISTANCE}: violated when the geodesic distance on WGS 84, in
 * metres and rounded half-up to the centimetre, is strictly less than {@link #distanceM()}. A
 * well exactly at the limit complies.</li>
 * <li>{@link SpacingOperator#NOT_INSIDE}: violated when the well is inside the zone polygon or on
 * its boundary; {@link #distanceM()} is {@code null} and the target kind must be a zone.</li>
 * </ul>
 *
 * <p>Messages are templates with the placeholders {@code {measured}} and {@code {required}}
 * (metres with two decimals), {@code {feature}} (the feature's name, Arabic where known in the
 * Arabic message) and {@code {kind}} (the feature kind's label).
 *
 * @param id stable identifier such as {@code OM-FALAJ-3500}, cited in findings
 * @param applicationTypes the application types the rule applies to; never empty
 * @param wellUses the well-use codes (DESIGN §5: {@code DOMESTIC}, {@code AGRICULTURAL}, …) the
 *        rule applies to; empty for every use
 * @param exemptUses well-use codes the rule never applies to (e.g. monitoring wells near a
 *        falaj, RD 39/2017 Art. 5)
 * @param yieldClass the yields the rule applies to, in m³/day
 * @param targetKind the kind of feature measured against
 * @param operator how the well relates to the feature
 * @param distanceM the minimum distance in metres (at most two decimals) for
 *        {@code MIN_DISTANCE}, {@code null} for {@code NOT_INSIDE}
 * @param outcome what a violation means
 * @param legalReference the legal source, or for a configurable default the source it follows
 * @param messageAr Arabic message template
 * @param messageEn English message template
 * @param configurableDefault {@code true} where the number, or the rule's use for these
 *        application types, is not known from an Omani source and is a default, after the cited
 *        source, for the ministry to confirm or change
 */
public record SpacingRule(
        String id,
        Set<ApplicationType> applicationTypes,
        Set<String> wellUses,
        Set<String> exemptUses,
        YieldClass yieldClass,
        FeatureKind targetKind,
        SpacingOperator operator,
        BigDecimal distanceM,
        RuleOutcome outcome,
        String legalReference,
        String messageAr,
        String messageEn,
        boolean configurableDefault) {

    public SpacingRule {
        requireText(id, "id");
        if (applicationTypes == null || applicationTypes.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": applicationTypes must not be empty");
        }
        applicationTypes = Collections.unmodifiableSet(EnumSet.copyOf(applicationTypes));
        wellUses = sortedCopy(wellUses);
        exemptUses = sortedCopy(exemptUses);
        yieldClass = yieldClass == null ? YieldClass.ANY : yieldClass;
        Objects.requireNonNull(targetKind, "targetKind");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(outcome, "outcome");
        requireText(legalReference, "legalReference");
        requireText(messageAr, "messageAr");
        requireText(messageEn, "messageEn");
        requireOperatorFits(id, operator, targetKind, distanceM);
    }

    /** Starts a rule; see {@link Builder} for the defaults. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Whether the rule applies to the request's application type, use and yield. */
    public boolean appliesTo(SpacingRequest request) {
        return applicationTypes.contains(request.applicationType())
                && (wellUses.isEmpty() || wellUses.contains(request.use()))
                && !exemptUses.contains(request.use())
                && yieldClass.includes(request.yieldM3PerDay());
    }

    private static void requireOperatorFits(String id, SpacingOperator operator, FeatureKind kind,
            BigDecimal distanceM) {
        if (operator == SpacingOperator.MIN_DISTANCE
                && (distanceM == null || distanceM.signum() <= 0)) {
            throw new IllegalArgumentException("rule " + id + ": MIN_DISTANCE needs a distance > 0 m");
        }
        if (distanceM != null && distanceM.stripTrailingZeros().scale() > 2) {
            // findings record distances to the centimetre; a finer limit could not be shown
            throw new IllegalArgumentException("rule " + id + ": distance " + distanceM
                    + " m has more than two decimals");
        }
        if (operator == SpacingOperator.NOT_INSIDE && (distanceM != null || !kind.isZone())) {
            throw new IllegalArgumentException(
                    "rule " + id + ": NOT_INSIDE needs a zone kind and no distance, got " + kind);
        }
    }

    private static Set<String> sortedCopy(Set<String> uses) {
        return uses == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(uses));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * Builds a {@link SpacingRule}. Defaults: every well use, no exempt use, every yield,
     * not a configurable default.
     */
    public static final class Builder {

        private final String id;
        private Set<ApplicationType> applicationTypes = Set.of();
        private Set<String> wellUses = Set.of();
        private Set<String> exemptUses = Set.of();
        private YieldClass yieldClass = YieldClass.ANY;
        private FeatureKind targetKind;
        private SpacingOperator operator;
        private BigDecimal distanceM;
        private RuleOutcome outcome;
        private String legalReference;
        private String messageAr;
        private String messageEn;
        private boolean configurableDefault;

        private Builder(String id) {
            this.id = id;
        }

        public Builder applicationTypes(ApplicationType... types) {
            this.applicationTypes = Set.of(types);
            return this;
        }

        public Builder wellUses(String... uses) {
            this.wellUses = Set.of(uses);
            return this;
        }

        public Builder exemptUses(String... uses) {
            this.exemptUses = Set.of(uses);
            return this;
        }

        public Builder yieldClass(Double minM3PerDay, Double maxM3PerDay) {
            this.yieldClass = new YieldClass(minM3PerDay, maxM3PerDay);
            return this;
        }

        /** A {@link SpacingOperator#MIN_DISTANCE} rule against {@code kind}. */
        public Builder minDistance(FeatureKind kind, String metres) {
            this.targetKind = kind;
            this.operator = SpacingOperator.MIN_DISTANCE;
            this.distanceM = new BigDecimal(metres);
            return this;
        }

        /** A {@link SpacingOperator#NOT_INSIDE} rule against the zone kind {@code kind}. */
        public Builder notInside(FeatureKind kind) {
            this.targetKind = kind;
            this.operator = SpacingOperator.NOT_INSIDE;
            this.distanceM = null;
            return this;
        }

        public Builder outcome(RuleOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder legalReference(String legalReference) {
            this.legalReference = legalReference;
            return this;
        }

        public Builder messages(String messageAr, String messageEn) {
            this.messageAr = messageAr;
            this.messageEn = messageEn;
            return this;
        }

        /** Marks the number as a default to be confirmed (no Omani source for it). */
        public Builder configurableDefault() {
            this.configurableDefault = true;
            return this;
        }

        public SpacingRule build() {
            return new SpacingRule(id, applicationTypes, wellUses, exemptUses, yieldClass,
                    targetKind, operator, distanceM, outcome, legalReference, messageAr,
                    messageEn, configurableDefault);
        }
    }
}
