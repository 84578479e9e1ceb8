package org.manhal.zoning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The rule of a zone code (table {@code zone_rule}): what may be built on a plot in the zone. A
 * {@code null} limit means the zone sets none. Areas, distances and heights are in metres (areas
 * and setbacks measured in UTM), two decimals; a value exactly at its limit is allowed.
 *
 * @param code the zone code, e.g. {@code R1}
 * @param nameAr the zone's Arabic name
 * @param nameEn the zone's English name
 * @param permittedUses uses allowed outright
 * @param conditionalUses uses a reviewer may allow ({@code NEEDS_REVIEW}); any other use is refused
 * @param maxCoveragePct the largest footprint area as a percentage of the plot area
 * @param maxFar the largest gross floor area divided by the plot area
 * @param maxFloors the most floors above ground
 * @param maxHeightM the greatest height, metres
 * @param setbackFrontM the least distance from a street edge of the plot
 * @param setbackSideM the least distance from a side edge (and from a hole's edge)
 * @param setbackRearM the least distance from the rear edges (facing away from the street)
 * @param minPlotAreaM2 the smallest plot on which the zone allows building
 * @param legalReference the plan or regulation the numbers come from
 * @param sample whether the parameters are invented (sample data)
 */
public record ZoneRule(
        String code,
        String nameAr,
        String nameEn,
        Set<BuildingUse> permittedUses,
        Set<BuildingUse> conditionalUses,
        BigDecimal maxCoveragePct,
        BigDecimal maxFar,
        Integer maxFloors,
        BigDecimal maxHeightM,
        BigDecimal setbackFrontM,
        BigDecimal setbackSideM,
        BigDecimal setbackRearM,
        BigDecimal minPlotAreaM2,
        String legalReference,
        boolean sample) {

    public ZoneRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(nameEn, "nameEn");
        permittedUses = Set.copyOf(permittedUses);
        conditionalUses = Set.copyOf(conditionalUses);
        Objects.requireNonNull(setbackFrontM, "setbackFrontM");
        Objects.requireNonNull(setbackSideM, "setbackSideM");
        Objects.requireNonNull(setbackRearM, "setbackRearM");
        Objects.requireNonNull(legalReference, "legalReference");
    }

    /** Whether the use is permitted, conditional or refused here. */
    public UseStatus statusOf(BuildingUse use) {
        if (permittedUses.contains(use)) {
            return UseStatus.PERMITTED;
        }
        return conditionalUses.contains(use) ? UseStatus.CONDITIONAL : UseStatus.REFUSED;
    }

    /** The setback that applies on every edge when the street edges are not known: the largest. */
    public BigDecimal uniformSetbackM() {
        return setbackFrontM.max(setbackSideM).max(setbackRearM);
    }

    /** What a zone rule says of a use. */
    public enum UseStatus {
        PERMITTED, CONDITIONAL, REFUSED
    }
}
