package org.manhal.count.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.manhal.count.internal.PointInAreaTest.Answer;

/**
 * The JVM's point-in-polygon test against JTS's robust one: wherever it is sure, it must agree
 * (away from the edges PostGIS's arithmetic agrees with exact arithmetic too; the agreement with
 * PostGIS itself is checked by the count's integration tests); on vertices and on axis-parallel
 * edges it is sure and says "intersects", as PostGIS does; a hair off a slanted edge it may be
 * unsure, never wrong.
 */
class PointInAreaTestUnitTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> areas() {
        return CellCoverOpUnitTests.areas();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void agreesWithJtsWhereverItIsSure(String name, String wkt) throws ParseException {
        Geometry area = new WKTReader(WGS84).read(wkt);
        PointInAreaTest test = new PointInAreaTest(area);
        SplittableRandom random = new SplittableRandom(7);
        Envelope env = area.getEnvelopeInternal();
        env.expandBy(Math.max(env.getWidth(), env.getHeight()) * 0.1 + 0.001);
        int unsure = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = env.getMinX() + random.nextDouble() * env.getWidth();
            double y = env.getMinY() + random.nextDouble() * env.getHeight();
            Answer answer = test.test(x, y);
            if (answer == Answer.UNSURE) {
                unsure++;
            } else {
                assertThat(answer == Answer.INTERSECTS).as("(%s, %s)", x, y).isEqualTo(intersects(area, x, y));
            }
        }
        assertThat(unsure).as("random points are (almost) never unsure").isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void verticesIntersectAndPointsBesideSlantedEdgesAreNeverMisjudged(String name, String wkt) throws ParseException {
        Geometry area = new WKTReader(WGS84).read(wkt);
        PointInAreaTest test = new PointInAreaTest(area);
        Coordinate[] v = area.getCoordinates();
        for (int i = 1; i < v.length; i++) {
            assertThat(test.test(v[i].x, v[i].y)).as("vertex %s", v[i]).isEqualTo(Answer.INTERSECTS);
            double mx = (v[i].x + v[i - 1].x) / 2;
            double my = (v[i].y + v[i - 1].y) / 2;
            for (double offset : new double[] {0, 1e-15, -1e-15, 1e-13, -1e-13, 1e-9, -1e-9}) {
                double x = mx + offset;
                double y = my - offset;
                Answer answer = test.test(x, y);
                if (answer != Answer.UNSURE) {
                    assertThat(answer == Answer.INTERSECTS).as("(%s, %s) by edge %d", x, y, i).isEqualTo(intersects(area, x, y));
                }
            }
        }
    }

    @Test
    void pointsOnAxisParallelEdgesIntersectAndBoxOutsideIsDisjoint() throws ParseException {
        PointInAreaTest box = new PointInAreaTest(new WKTReader(WGS84).read("POLYGON ((57 22, 57.5 22, 57.5 22.25, 57 22.25, 57 22))"));
        assertThat(box.test(57.2, 22)).isEqualTo(Answer.INTERSECTS);
        assertThat(box.test(57.5, 22.1)).isEqualTo(Answer.INTERSECTS);
        assertThat(box.test(57.2, 22.1)).isEqualTo(Answer.INTERSECTS);
        assertThat(box.test(57.6, 22.25)).isEqualTo(Answer.DISJOINT); // on the edge's line, past its end
        assertThat(box.test(57.2, 21.9999999)).isEqualTo(Answer.DISJOINT);
    }

    @Test
    void pointsInAHoleAreDisjointAndOnItsEdgeIntersect() throws ParseException {
        PointInAreaTest holed = new PointInAreaTest(new WKTReader(WGS84).read(
                "POLYGON ((55 18, 59 18, 59 23, 55 23, 55 18), (56 19, 58 19, 58 21, 56 21, 56 19))"));
        assertThat(holed.test(57, 20)).isEqualTo(Answer.DISJOINT);
        assertThat(holed.test(57, 19)).isEqualTo(Answer.INTERSECTS);
        assertThat(holed.test(55.5, 20)).isEqualTo(Answer.INTERSECTS);
    }

    private static boolean intersects(Geometry area, double x, double y) {
        return area.intersects(WGS84.createPoint(new Coordinate(x, y)));
    }
}
