package org.manhal.rules;

import java.math.BigDecimal;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One violated rule for one feature, in the verdict JSON contract of DESIGN §5.
 *
 * @param ruleId the violated {@link SpacingRule#id()}
 * @param legalReference the rule's legal reference
 * @param outcome what the violation means
 * @param measuredDistanceM for {@code MIN_DISTANCE}: the geodesic distance on WGS 84 from the
 *        well to the nearest point of the feature, in metres with two decimals (half-up), 0 when
 *        the well is inside the feature's polygon; {@code null} for {@code NOT_INSIDE}
 * @param requiredDistanceM the rule's minimum distance in metres; {@code null} for
 *        {@code NOT_INSIDE}
 * @param feature the conflicting feature
 * @param geometry what to draw, SRID 4326: for a distance, the {@code LineString} from the well to
 *        the nearest point of the feature (the well {@code Point} itself when the distance is 0);
 *        for {@code NOT_INSIDE}, the zone polygon
 * @param messageAr the filled Arabic message
 * @param messageEn the filled English message
 */
public record Finding(
        String ruleId,
        String legalReference,
        RuleOutcome outcome,
        BigDecimal measuredDistanceM,
        BigDecimal requiredDistanceM,
        FeatureRef feature,
        Geometry geometry,
        String messageAr,
        String messageEn) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(geometry, "geometry");
    }
}
