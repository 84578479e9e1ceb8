package org.manhal.zoning;

import java.math.BigDecimal;

/**
 * A zone the plot lies in, with how much of the plot it covers.
 *
 * @param zoneId the {@code zone} row
 * @param code the zone code
 * @param nameAr the zone's Arabic name
 * @param nameEn the zone's English name
 * @param shareOfPlotPct the part of the plot's area inside this zone, %, two decimals
 * @param sample whether the zone (polygon or rule) is sample data
 */
public record AppliedZone(long zoneId, String code, String nameAr, String nameEn, BigDecimal shareOfPlotPct,
                          boolean sample) {
}
