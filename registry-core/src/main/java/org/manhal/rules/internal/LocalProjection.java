package org.manhal.rules.internal;

import org.locationtech.jts.geom.Coordinate;

import net.sf.geographiclib.Geodesic;

/**
 * A local equirectangular projection of WGS 84 longitude/latitude to metres around an origin,
 * using the ellipsoid's meridional and prime-vertical radii of curvature at the origin's latitude.
 *
 * <p>Only used to rank segments cheaply before the exact geodesic minimisation: it is an affine
 * map of longitude/latitude, so a segment straight in lon/lat stays a straight segment, and its
 * scale error at a distance {@code d} from the origin is about {@code d / R · tan(latitude)}
 * (under 0.1 % at 10 km in Oman). Not valid across the antimeridian or near the poles.
 */
public record LocalProjection(double lon0, double lat0, double metresPerDegreeLon,
        double metresPerDegreeLat) {

    static LocalProjection at(Coordinate origin) {
        double a = Geodesic.WGS84.EquatorialRadius();
        double f = Geodesic.WGS84.Flattening();
        double e2 = f * (2 - f);
        double phi = Math.toRadians(origin.y);
        double w = 1 - e2 * Math.sin(phi) * Math.sin(phi);
        double primeVertical = a / Math.sqrt(w);
        double meridional = a * (1 - e2) / (w * Math.sqrt(w));
        double radPerDegree = Math.PI / 180;
        return new LocalProjection(origin.x, origin.y,
                primeVertical * Math.cos(phi) * radPerDegree, meridional * radPerDegree);
    }

    double x(Coordinate c) {
        return (c.x - lon0) * metresPerDegreeLon;
    }

    double y(Coordinate c) {
        return (c.y - lat0) * metresPerDegreeLat;
    }

    /** Approximate distance in metres from the origin to the point. */
    double distanceToPoint(Coordinate c) {
        return Math.hypot(x(c), y(c));
    }

    /** Approximate distance in metres from the origin to the segment a–b. */
    double distanceToSegment(Coordinate a, Coordinate b) {
        double ax = x(a);
        double ay = y(a);
        double dx = x(b) - ax;
        double dy = y(b) - ay;
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return Math.hypot(ax, ay);
        }
        double t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    /** Approximate length in metres of the segment a–b. */
    double length(Coordinate a, Coordinate b) {
        return Math.hypot(x(b) - x(a), y(b) - y(a));
    }
}
