package org.manhal.well;

import org.locationtech.jts.geom.Point;

/**
 * What a person states about a well when registering or correcting it. The location is a Point in
 * EPSG:4326 (lon/lat, WGS 84); everything else the registry derives (registry number, wilayat,
 * governorate) is not part of it.
 *
 * @param location the well head, lon/lat, SRID 4326
 * @param type hand-dug or borehole
 * @param use what the water is used for
 * @param status the well's state
 * @param depthM depth below ground, metres (null when unknown)
 * @param diameterMm bore or shaft diameter, millimetres (null when unknown)
 * @param yieldM3PerDay tested or licensed yield, m³/day (null when unknown)
 * @param owner the owner (personal data), or null
 */
public record WellDetails(Point location, WellType type, WellUse use, WellStatus status,
                          Double depthM, Double diameterMm, Double yieldM3PerDay, Owner owner) {
}
