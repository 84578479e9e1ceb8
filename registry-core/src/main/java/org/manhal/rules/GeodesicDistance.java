package org.manhal.rules;

import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.manhal.rules.internal.GeodesicNearestPointOp;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesic distances on the WGS 84 ellipsoid, computed with GeographicLib
 * ({@code Geodesic.WGS84.Inverse}, Karney 2013: accurate to about 15 nm), for geometries in
 * EPSG:4326 with x = longitude and y = latitude in degrees. No map projection is involved, so
 * results are continuous across UTM zone borders (54°E in Dhofar) and the same everywhere in
 * Oman, Musandam included.
 *
 * <p>Feature geometries are read as JTS and PostGIS {@code geometry} read them: segments are
 * straight in longitude/latitude and a polygon is the planar region they bound. The distance to
 * a feature is the geodesic distance to its nearest point; see {@link #nearest(Point, Geometry)}.
 */
public final class GeodesicDistance {

    private GeodesicDistance() {
    }

    /**
     * The nearest point of a feature to a location and the geodesic distance to it.
     *
     * @param distanceM the geodesic distance on WGS 84 in metres
     * @param point the nearest point of the feature, x = longitude, y = latitude in degrees
     */
    public record Nearest(double distanceM, Coordinate point) {
    }

    /** The geodesic distance in metres between two lon/lat coordinates (x = lon, y = lat). */
    public static double between(Coordinate a, Coordinate b) {
        return Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
    }

    /**
     * The geodesic distance from a location to the nearest point of a feature, and that point.
     * A location inside or on a polygon of the feature is at 0 m and is its own nearest point.
     * Otherwise the distance is minimised over every vertex and along every segment to within
     * 0.1 mm (see {@link GeodesicNearestPointOp}).
     *
     * @param location a point in EPSG:4326 (lon/lat)
     * @param feature a point, line or polygon geometry, or a collection of them, in EPSG:4326
     */
    public static Nearest nearest(Point location, Geometry feature) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(feature, "feature");
        Coordinate origin = location.getCoordinate();
        if (coveredByPolygon(location, feature)) {
            return new Nearest(0, new Coordinate(origin.x, origin.y));
        }
        return new GeodesicNearestPointOp(origin).nearestOnBoundary(feature);
    }

    /**
     * A lon/lat envelope holding every point within {@code radiusM} metres (geodesic) of the
     * centre, for an index-using prefilter such as {@code geom && ST_MakeEnvelope(...)}. Built
     * from the four cardinal points at the radius ({@code Geodesic.WGS84.Direct}) widened by 1 %
     * and 1 m, which covers the slightly wider true extent of a geodesic circle. Not valid across
     * the antimeridian or near the poles.
     */
    public static Envelope envelopeAround(Point centre, double radiusM) {
        if (!(radiusM >= 0 && Double.isFinite(radiusM))) {
            throw new IllegalArgumentException("radiusM must be ≥ 0, was " + radiusM);
        }
        double padded = radiusM * 1.01 + 1.0;
        Envelope envelope = new Envelope(centre.getCoordinate());
        for (double azimuth = 0; azimuth < 360; azimuth += 90) {
            GeodesicData d = Geodesic.WGS84.Direct(centre.getY(), centre.getX(), azimuth, padded);
            envelope.expandToInclude(d.lon2, d.lat2);
        }
        return envelope;
    }

    private static boolean coveredByPolygon(Point location, Geometry feature) {
        for (Object polygon : PolygonExtracter.getPolygons(feature)) {
            if (((Polygon) polygon).covers(location)) {
                return true;
            }
        }
        return false;
    }
}
