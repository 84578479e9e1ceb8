package org.manhal.data.wells;

import org.manhal.data.synthetic.SyntheticWell;

/**
 * One row of {@code sample-wells.csv}: a synthetic well with a fictitious owner.
 *
 * @param well position (EPSG:4326 lon/lat degrees) and attributes
 * @param ownerName a fictitious name, {@code Sample Owner NNN} or {@code مالك تجريبي NNN}
 * @param ownerCivilId a fictitious 8-digit civil ID, {@code 99} followed by the 6-digit owner number
 */
record SampleWell(SyntheticWell well, String ownerName, String ownerCivilId) {
}
