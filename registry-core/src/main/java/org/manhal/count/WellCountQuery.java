package org.manhal.count;

import org.locationtech.jts.geom.Geometry;

/**
 * A count to make.
 *
 * @param area a valid Polygon or MultiPolygon in EPSG:4326 lon/lat degrees (see
 *     {@link org.manhal.crs.PolygonValidator}, {@link org.manhal.crs.PolygonPurpose#COUNT}); a well counts if {@code ST_Intersects(area, well.geom)}, so wells
 *     on the boundary count. Null for all of the registry.
 * @param filter which wells to count
 * @param groupBy the breakdown wanted, or null for the total only
 */
public record WellCountQuery(Geometry area, CountFilter filter, CountDimension groupBy) {

    public WellCountQuery {
        filter = filter == null ? CountFilter.ALL : filter;
    }
}
