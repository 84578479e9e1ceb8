package org.manhal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.manhal.rules.Fixtures.destination;
import static org.manhal.rules.Fixtures.point;
import static org.manhal.rules.Fixtures.wkt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

class GeodesicDistanceUnitTests {

    /**
     * Rows of the test suite GeographicLib ships (geodtest.c / GeodesicTest.java, Karney): lat1,
     * lon1, lat2, lon2, s12 in metres. Our distance is GeographicLib's, so it must agree exactly.
     */
    @ParameterizedTest
    @CsvSource({
        "35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305",
        "55.52454, 106.05087, 77.03196, 197.18234, 4105086.1713924406",
        "-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671"})
    void matchesGeographicLibReferenceCases(double lat1, double lon1, double lat2, double lon2,
            double s12) {
        assertThat(GeodesicDistance.between(new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)))
                .isCloseTo(s12, within(1e-6));
    }

    /**
     * Oman distances from PROJ 9.1.1 {@code geod -I +ellps=WGS84 -F %.6f}: Karney's C
     * implementation, an independent port of the same algorithm, and the routine PostGIS calls
     * for {@code ST_Distance(geography, geography)} between points. The last row is the
     * JFK–LHR example of the GeographicLib documentation (5551.76 km).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Muscat to Nizwa, 58.4059, 23.5880, 57.5301, 22.9333, 115273.780541",
        "Dhofar across 54E, 53.9995, 17.0, 54.0005, 17.0, 106.485831",
        "Khasab to Bukha (Musandam), 56.2486, 26.1799, 56.1483, 26.1453, 10735.650822",
        "Salalah to Rakhyut, 54.0924, 17.0151, 53.4163, 16.7411, 78162.895724",
        "JFK to LHR, -73.8, 40.6, -0.5, 51.6, 5551759.400319"})
    void matchesProjGeodForOmanPoints(String name, double lon1, double lat1, double lon2,
            double lat2, double metres) {
        assertThat(GeodesicDistance.between(new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)))
                .isCloseTo(metres, within(1e-5));
    }

    @Test
    void directThenInverseRoundTripsToTheMicrometre() {
        Coordinate nizwa = new Coordinate(57.5301, 22.9333);
        for (double azimuth = -180; azimuth < 180; azimuth += 7.5) {
            for (double metres : new double[] {0.01, 15.24, 3500, 3499.99, 250_000}) {
                Coordinate there = destination(nizwa, azimuth, metres);
                assertThat(GeodesicDistance.between(nizwa, there)).isCloseTo(metres, within(1e-6));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Nizwa, short segment; 57.52 22.93; LINESTRING (57.50 22.90, 57.56 22.95)",
        "Batinah, long oblique segment; 57.10 23.80; LINESTRING (56.90 23.70, 57.30 23.95)",
        "Dhofar, segment across 54E; 54.0003 17.02; LINESTRING (53.98 17.00, 54.02 17.03)",
        "Musandam; 56.25 26.20; LINESTRING (56.20 26.15, 56.30 26.26)",
        "Nearest is a vertex; 57.60 23.00; LINESTRING (57.50 22.90, 57.55 22.95)",
        "Polygon ring, from outside; 57.75 23.05; POLYGON ((57.5 22.9, 57.7 22.9, 57.7 23.1, 57.5 23.1, 57.5 22.9))",
        "Near a polyline bend; 58.40 23.60; LINESTRING (58.3 23.5, 58.41 23.59, 58.5 23.5)"})
    void nearestPointAgreesWithDenseSamplingToTheCentimetre(String name, String origin, String featureWkt) {
        String[] lonLat = origin.split(" ");
        Point from = point(Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1]));
        Geometry feature = wkt(featureWkt);

        GeodesicDistance.Nearest nearest = GeodesicDistance.nearest(from, feature);
        double sampled = denseSampledMinimum(from.getCoordinate(), feature, 100_000);

        assertThat(nearest.distanceM()).as("never above a sampled distance")
                .isLessThanOrEqualTo(sampled + 1e-6);
        assertThat(sampled - nearest.distanceM()).as("within 1 cm of the sampled minimum")
                .isLessThan(0.01);
        assertThat(GeodesicDistance.between(from.getCoordinate(), nearest.point()))
                .as("the reported point is at the reported distance")
                .isCloseTo(nearest.distanceM(), within(1e-9));
        assertThat(feature.distance(point(nearest.point()))).as("the point lies on the feature")
                .isLessThan(1e-9);
    }

    @Test
    void locationInsideAPolygonIsAtZeroMetres() {
        Geometry zone = wkt("POLYGON ((57.5 22.9, 57.7 22.9, 57.7 23.1, 57.5 23.1, 57.5 22.9))");

        GeodesicDistance.Nearest inside = GeodesicDistance.nearest(point(57.6, 23.0), zone);
        GeodesicDistance.Nearest onEdge = GeodesicDistance.nearest(point(57.5, 23.0), zone);

        assertThat(inside.distanceM()).isZero();
        assertThat(inside.point()).isEqualTo(new Coordinate(57.6, 23.0));
        assertThat(onEdge.distanceM()).isZero();
    }

    @Test
    void locationInAPolygonHoleIsMeasuredToTheHoleRing() {
        Geometry zone = wkt("POLYGON ((57.5 22.9, 57.7 22.9, 57.7 23.1, 57.5 23.1, 57.5 22.9),"
                + " (57.59 22.99, 57.61 22.99, 57.61 23.01, 57.59 23.01, 57.59 22.99))");

        GeodesicDistance.Nearest nearest = GeodesicDistance.nearest(point(57.6, 23.0), zone);

        assertThat(nearest.distanceM()).isBetween(1000.0, 1030.0);
    }

    /** No UTM: stepping a location across 54°E changes its distance by at most the step. */
    @Test
    void distanceIsContinuousAcrossTheUtmZoneBorderAt54East() {
        Geometry motherWell = point(54.0, 17.03);
        Geometry channel = wkt("LINESTRING (53.99 17.01, 54.01 17.012)");
        Coordinate previous = new Coordinate(53.999, 17.0);
        for (double lon = 53.999 + 1e-5; lon <= 54.001; lon += 1e-5) {
            Coordinate next = new Coordinate(lon, 17.0);
            double step = GeodesicDistance.between(previous, next);
            for (Geometry feature : new Geometry[] {motherWell, channel}) {
                double jump = Math.abs(distance(next, feature) - distance(previous, feature));
                assertThat(jump).as("jump at lon %s", lon).isLessThanOrEqualTo(step + 1e-9);
            }
            previous = next;
        }
    }

    @Test
    void pointsEitherSideOf54EastAreSymmetricAboutAChannelOnTheBorder() {
        Geometry channel = wkt("LINESTRING (54.0 16.9, 54.0 17.1)");

        double west = GeodesicDistance.nearest(point(53.9995, 17.0), channel).distanceM();
        double east = GeodesicDistance.nearest(point(54.0005, 17.0), channel).distanceM();

        assertThat(west).isCloseTo(east, within(1e-6));
        assertThat(west + east).isCloseTo(106.485831, within(1e-4));
    }

    @Test
    void envelopeAroundHoldsTheWholeGeodesicCircle() {
        Point musandam = point(56.25, 26.2);
        Envelope envelope = GeodesicDistance.envelopeAround(musandam, 3500);
        for (double azimuth = 0; azimuth < 360; azimuth += 1) {
            Coordinate onCircle = destination(musandam.getCoordinate(), azimuth, 3500);
            assertThat(envelope.contains(onCircle)).as("azimuth %s", azimuth).isTrue();
        }
        assertThat(envelope.getHeight()).isLessThan(2 * 3600 / 110_000.0);
    }

    private static double distance(Coordinate from, Geometry feature) {
        return GeodesicDistance.nearest(point(from), feature).distanceM();
    }

    /** The smallest geodesic distance to points sampled densely along every segment. */
    private static double denseSampledMinimum(Coordinate from, Geometry feature, int samplesPerSegment) {
        double best = Double.POSITIVE_INFINITY;
        for (Object line : LinearComponentExtracter.getLines(feature)) {
            Coordinate[] cs = ((LineString) line).getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                for (int k = 0; k <= samplesPerSegment; k++) {
                    double t = (double) k / samplesPerSegment;
                    Coordinate c = new Coordinate(cs[i - 1].x + t * (cs[i].x - cs[i - 1].x),
                            cs[i - 1].y + t * (cs[i].y - cs[i - 1].y));
                    best = Math.min(best, GeodesicDistance.between(from, c));
                }
            }
        }
        return best;
    }
}
