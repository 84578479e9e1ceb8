package org.manhal.permit;

import org.manhal.well.WellType;
import org.manhal.well.WellUse;

/**
 * What the applicant proposes for the well (for a deepening: the new depth). Null means not stated.
 *
 * @param type hand-dug or borehole
 * @param use what the water is for; required for well applications (the spacing rules depend on it)
 * @param depthM proposed depth (deepening: the new depth), metres below ground
 * @param diameterMm bore diameter, millimetres
 * @param yieldM3PerDay proposed yield, m³/day
 */
public record ProposedWell(WellType type, WellUse use, Double depthM, Double diameterMm, Double yieldM3PerDay) {
}
