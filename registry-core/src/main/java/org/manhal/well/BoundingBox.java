package org.manhal.well;

/**
 * A lon/lat rectangle in EPSG:4326 (CRS84 axis order), as in the OGC {@code bbox} parameter.
 *
 * @param minLon western edge, degrees
 * @param minLat southern edge, degrees
 * @param maxLon eastern edge, degrees
 * @param maxLat northern edge, degrees
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
}
