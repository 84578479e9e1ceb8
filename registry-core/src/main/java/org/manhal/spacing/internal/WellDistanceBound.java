package org.manhal.spacing.internal;

import org.locationtech.jts.geom.Envelope;

/**
 * A lower bound of the geodesic distance on WGS 84 between two points of a lon/lat box, from
 * their planar distance in degrees (what PostGIS {@code geometry <-> geometry} orders by in
 * EPSG:4326).
 *
 * <p>On the ellipsoid a path's length is the integral of {@code sqrt((M dφ)² + (N cos φ dλ)²)}
 * (M, N the meridional and prime-vertical radii of curvature), which is at least
 * {@code min(M, N cos φ)} times its length in the (λ, φ) plane, which is at least the planar
 * distance. M is smallest at the equator ({@code a(1−e²)}); {@code N cos φ} falls with |φ|, so it
 * is taken at the box's latitude farthest from the equator (plus 0.01° for the slight poleward
 * bulge of a geodesic). A factor 0.999 absorbs rounding.
 */
public final class WellDistanceBound {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double M_EQUATOR_PER_DEGREE = A * (1 - E2) * Math.PI / 180;

    private WellDistanceBound() {
    }

    /** Metres per degree of planar distance, at least, anywhere in the box. */
    public static double metresPerDegreeAtLeast(Envelope box) {
        double phi = Math.toRadians(Math.min(90, Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY())) + 0.01));
        double sin = Math.sin(phi);
        double parallelPerDegree = A / Math.sqrt(1 - E2 * sin * sin) * Math.cos(phi) * Math.PI / 180;
        return 0.999 * Math.min(M_EQUATOR_PER_DEGREE, parallelPerDegree);
    }
}
