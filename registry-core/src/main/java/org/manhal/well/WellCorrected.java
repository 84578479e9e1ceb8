package org.manhal.well;

import org.locationtech.jts.geom.Point;

/**
 * A registered well's details were corrected (published inside the transaction, delivered to
 * listeners after it commits). Says whether what the spacing rules depend on changed: the place,
 * the use or the yield.
 *
 * @param id the well
 * @param location where it is now (EPSG:4326 lon/lat)
 * @param use its use now
 * @param yieldM3PerDay its yield now, m³/day, or null
 * @param status its status now
 * @param moved whether the location changed
 * @param useOrYieldChanged whether the use or the yield changed
 */
public record WellCorrected(WellId id, Point location, WellUse use, Double yieldM3PerDay, WellStatus status,
                            boolean moved, boolean useOrYieldChanged) {

    /** Whether the spacing rules may judge the well differently now. */
    public boolean spacingInputsChanged() {
        return moved || useOrYieldChanged;
    }
}
