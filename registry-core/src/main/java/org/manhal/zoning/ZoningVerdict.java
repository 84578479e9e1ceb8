package org.manhal.zoning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.locationtech.jts.geom.Polygon;
import org.manhal.common.Text;
import org.manhal.plot.PlotKey;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.VerdictStatus;

/**
 * The result of a zoning check, in the contract of the spacing verdict: the status follows from
 * the findings (FAIL on any {@link RuleOutcome#REJECT}, else NEEDS_REVIEW on any
 * {@link RuleOutcome#NEEDS_REVIEW}, else PASS) and every finding is listed at once, ordered by
 * aspect then rule id. A plain value (JTS geometries in SRID 4326, no entity), so an application
 * can keep it as the snapshot a decision was based on.
 *
 * @param status the overall status
 * @param findings every finding, unmodifiable
 * @param plot the plot checked: its key, or {@code null} for a plot given as a polygon
 * @param plotPolygon the plot's polygon, SRID 4326
 * @param plotAreaM2 the plot's area in UTM, m², two decimals
 * @param footprintAreaM2 the footprint's area in UTM, m², two decimals
 * @param grossFloorAreaM2 the gross floor area used for the floor-area ratio
 * @param boundaryDistanceM the smallest distance from the footprint to the plot's boundary (holes
 *        included), UTM metres, two decimals; 0 when it touches or crosses it
 * @param zones the zones the plot lies in, largest share first
 * @param strictestOfZones whether the plot lies in several zones and the strictest rule applied
 * @param utmSrid the UTM zone areas and setbacks were computed in (32640, or 32639 west of 54°E)
 * @param basedOnSample whether the plot, a zone or a feature is sample data: no basis for a decision
 * @param ruleSetVersion the zone rule set's version the check used
 */
public record ZoningVerdict(
        VerdictStatus status,
        List<ZoningFinding> findings,
        PlotKey plot,
        Polygon plotPolygon,
        BigDecimal plotAreaM2,
        BigDecimal footprintAreaM2,
        BigDecimal grossFloorAreaM2,
        BigDecimal boundaryDistanceM,
        List<AppliedZone> zones,
        boolean strictestOfZones,
        int utmSrid,
        boolean basedOnSample,
        long ruleSetVersion) {

    /** Said with a verdict that rests on sample data, in both languages. */
    public static final Text SAMPLE_NOTICE = new Text(
            "هذا الحكم مبني على بيانات تجريبية (قطع أو مناطق أو معالم غير حقيقية) ولا يصلح أساساً لقرار حقيقي.",
            "This verdict rests on sample data (invented plots, zones or features): it is no basis for a real decision.");

    public ZoningVerdict {
        findings = List.copyOf(findings);
        zones = List.copyOf(zones);
        Objects.requireNonNull(plotPolygon, "plotPolygon");
        if (status != statusOf(findings)) {
            throw new IllegalArgumentException(status + " does not follow from the findings");
        }
    }

    /** The status that follows from the findings, as for the spacing verdict. */
    public static VerdictStatus statusOf(List<ZoningFinding> findings) {
        if (findings.stream().anyMatch(f -> f.outcome() == RuleOutcome.REJECT)) {
            return VerdictStatus.FAIL;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == RuleOutcome.NEEDS_REVIEW)) {
            return VerdictStatus.NEEDS_REVIEW;
        }
        return VerdictStatus.PASS;
    }

    /** Whether a permit may be granted without a reviewer: only on PASS, never on sample data. */
    public boolean allowsPermit() {
        return status == VerdictStatus.PASS && !basedOnSample;
    }
}
