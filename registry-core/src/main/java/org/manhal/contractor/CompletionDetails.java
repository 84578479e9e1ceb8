package org.manhal.contractor;

import java.time.LocalDate;

import org.locationtech.jts.geom.Point;

/**
 * What the contractor reports of the completed well.
 *
 * @param licenceNumber the reporting contractor's licence
 * @param location the surveyed well head, EPSG:4326 lon/lat
 * @param depthM drilled depth, metres
 * @param diameterMm bore diameter, millimetres, or null
 * @param staticWaterLevelM static water level below ground, metres, or null
 * @param yieldM3PerDay tested yield, m³/day, or null
 * @param ecUsPerCm electrical conductivity, µS/cm, or null
 * @param drilledOn completion date
 */
public record CompletionDetails(String licenceNumber, Point location, Double depthM, Double diameterMm,
                                Double staticWaterLevelM, Double yieldM3PerDay, Double ecUsPerCm, LocalDate drilledOn) {
}
