package org.manhal.well;

/**
 * A location exactly as a person gave it, before it was turned into WGS 84 lon/lat: kept so that
 * a reprojection can always be checked against its source.
 *
 * @param crs the coordinate reference system it was given in, e.g. {@code EPSG:32640}
 * @param coordinates the coordinates as typed, e.g. {@code 554352.66 2536234.10} or {@code 57°31'48.4"E 22°56'0"N}
 */
public record OriginalLocation(String crs, String coordinates) {
}
