package org.manhal.admin;

import org.locationtech.jts.geom.Geometry;

/**
 * An administrative area with its (possibly simplified) outline in EPSG:4326.
 *
 * @param area the area
 * @param geometry its outline, lon/lat, SRID 4326
 */
public record AreaOutline(AreaRef area, Geometry geometry) {
}
