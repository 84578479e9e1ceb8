package org.manhal.spacing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.rules.GeodesicDistance;

/**
 * The grid cells a permit locks: sorted (no deadlock), unique keys, and for any two wells within a
 * rule's distance of each other, a cell they both lock.
 */
class NeighbourhoodLockUnitTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Test
    void keysAreAscendingAndCoverTheBox() {
        Integer[] keys = NeighbourhoodLock.cells(new Envelope(57.49, 57.62, 22.9, 22.95));

        assertThat(keys).isSorted().doesNotHaveDuplicates().hasSize(3 * 2);
    }

    @Test
    void twoWellsWithinTheRuleDistanceAlwaysShareACell() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            double radius = 10 + random.nextDouble() * 4000;
            Point a = point(52 + random.nextDouble() * 8, 16.6 + random.nextDouble() * 10);
            Coordinate bc = new Coordinate(a.getX() + (random.nextDouble() - 0.5) * 0.05, a.getY() + (random.nextDouble() - 0.5) * 0.05);
            if (GeodesicDistance.between(a.getCoordinate(), bc) >= radius) {
                continue;
            }
            Point b = point(bc.x, bc.y);
            Set<Integer> lockedByA = new HashSet<>(List.of(NeighbourhoodLock.cells(GeodesicDistance.envelopeAround(a, radius))));
            Integer[] lockedByB = NeighbourhoodLock.cells(GeodesicDistance.envelopeAround(b, 0));
            assertThat(Arrays.stream(lockedByB).anyMatch(lockedByA::contains)).as(a + " and " + b).isTrue();
        }
    }

    private static Point point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }
}
