package org.manhal.well;

import org.locationtech.jts.geom.Point;

/**
 * A well was registered. Published inside the registering transaction by {@link WellRegistry};
 * listeners that must not hold up or undo the registration listen after commit.
 *
 * @param id the new well's id
 * @param location its location, lon/lat, SRID 4326
 * @param use what its water is used for
 * @param yieldM3PerDay its yield in m³/day, or {@code null} if unknown
 * @param status its status
 */
public record WellRegistered(WellId id, Point location, WellUse use, Double yieldM3PerDay, WellStatus status) {
}
