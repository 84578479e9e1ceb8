package org.manhal.spacing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.manhal.rules.GeodesicDistance;

/**
 * The lower bound that lets a check stop loading wells: never above the true geodesic distance,
 * and close enough to it (within 12 %) that the first statement nearly always suffices.
 */
class WellDistanceBoundUnitTests {

    @Test
    void neverExceedsTheGeodesicDistanceAnywhereInOman() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double lon = 52 + random.nextDouble() * 8;
            double lat = 16.6 + random.nextDouble() * 10;
            Coordinate a = new Coordinate(lon, lat);
            Coordinate b = new Coordinate(lon + (random.nextDouble() - 0.5) * 0.08, lat + (random.nextDouble() - 0.5) * 0.08);
            Envelope box = new Envelope(a);
            box.expandToInclude(b);
            double bound = a.distance(b) * WellDistanceBound.metresPerDegreeAtLeast(box);
            assertThat(bound).as("bound at " + a + " → " + b).isLessThanOrEqualTo(GeodesicDistance.between(a, b));
        }
    }

    @Test
    void isWithinTwelvePercentEastWestAndTenPercentNorthSouthAtNizwa() {
        Coordinate nizwa = new Coordinate(57.53, 22.93);
        Envelope box = new Envelope(57.49, 57.57, 22.89, 22.97);
        double perDegree = WellDistanceBound.metresPerDegreeAtLeast(box);

        double eastWest = GeodesicDistance.between(nizwa, new Coordinate(57.56, 22.93));
        double northSouth = GeodesicDistance.between(nizwa, new Coordinate(57.53, 22.96));

        assertThat(0.03 * perDegree / eastWest).isBetween(0.99, 1.0);
        assertThat(0.03 * perDegree / northSouth).isBetween(0.9, 1.0);
    }
}
