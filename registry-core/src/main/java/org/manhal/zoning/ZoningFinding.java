package org.manhal.zoning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.manhal.rules.RuleOutcome;

/**
 * One finding of a zoning check, in the verdict contract of DESIGN §5 ({@code measuredValue} and
 * {@code limit} with their unit, where the spacing verdict has distances).
 *
 * @param ruleId {@code <zone code>.<aspect>} (e.g. {@code R1.SETBACK_FRONT}), {@code PLOT.<aspect>}
 *        for what needs no zone rule (inside the plot), {@code PROTECTION.<kind>} for a protected
 *        feature; for a plot split across zones, the zone whose limit was the strictest
 * @param aspect what was checked
 * @param legalReference the rule's legal reference
 * @param outcome what the finding means ({@code WARN} findings leave a verdict passing)
 * @param measuredValue what the building has, two decimals (half-up), in {@code unit}
 * @param limit the rule's limit in {@code unit}, or {@code null} (use, split plot)
 * @param unit {@code m}, {@code m2}, {@code %}, {@code ratio}, {@code floors}, or {@code null}
 * @param feature what the finding is about
 * @param geometry what to draw, SRID 4326: for a distance, the line from the footprint to the
 *        nearest point of the edge or feature; else the offending part or the area concerned
 * @param drawings further geometries (the offending edge, the setback line, ...)
 * @param messageAr the Arabic message
 * @param messageEn the English message
 */
public record ZoningFinding(
        String ruleId,
        ZoningAspect aspect,
        String legalReference,
        RuleOutcome outcome,
        BigDecimal measuredValue,
        BigDecimal limit,
        String unit,
        ZoningFeature feature,
        Geometry geometry,
        List<Drawing> drawings,
        String messageAr,
        String messageEn) {

    public ZoningFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(geometry, "geometry");
        drawings = List.copyOf(drawings);
        Objects.requireNonNull(messageAr, "messageAr");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
