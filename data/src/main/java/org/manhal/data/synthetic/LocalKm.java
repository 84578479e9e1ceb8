package org.manhal.data.synthetic;

import java.util.SplittableRandom;

/**
 * Kilometre offsets to degree offsets near a latitude, on the WGS 84 ellipsoid's local radii
 * (equirectangular approximation, good to well under 1% over the few-kilometre spreads used
 * here). {@link StrictMath} keeps the output identical on every JVM and platform.
 */
final class LocalKm {

    /** Kilometres per degree of latitude around 20° N on WGS 84 (110.57 at the equator, 110.85 at 45°). */
    static final double KM_PER_DEGREE_LAT = 110.70;
    /** Kilometres per degree of longitude at the equator on WGS 84. */
    static final double KM_PER_DEGREE_LON_EQUATOR = 111.32;

    private LocalKm() {
    }

    static double kmPerDegreeLon(double lat) {
        return KM_PER_DEGREE_LON_EQUATOR * StrictMath.cos(StrictMath.toRadians(lat));
    }

    /** A standard normal deviate by Box–Muller; hand-rolled so the sequence cannot change with the JDK. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log(0) must not happen
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }
}
