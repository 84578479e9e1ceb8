package org.manhal.count.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.manhal.count.WellCounter;

/**
 * The cell classifier without a database: points are "counted" the way {@link WellCounter} counts
 * wells (a point in an inside cell counts, a point in a boundary cell counts if the area
 * intersects it) and the result must equal JTS's own {@code intersects} for every point, with no
 * point in two cells of the cover.
 */
class CellCoverOpUnitTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    static Stream<Arguments> areas() {
        return Stream.of(
                Arguments.of("triangle across many cells", "POLYGON ((56 20, 58.3 21.1, 56.7 22.9, 56 20))"),
                Arguments.of("box on cell edges", "POLYGON ((57 22, 57.5 22, 57.5 22.25, 57 22.25, 57 22))"),
                Arguments.of("box on finest edges", "POLYGON ((57.00390625 22.0078125, 57.01171875 22.0078125, "
                        + "57.01171875 22.01953125, 57.00390625 22.01953125, 57.00390625 22.0078125))"),
                Arguments.of("tiny polygon inside one cell", "POLYGON ((57.1001 22.1001, 57.1002 22.1001, 57.1002 22.1003, 57.1001 22.1001))"),
                Arguments.of("polygon with a hole", "POLYGON ((55 18, 59 18, 59 23, 55 23, 55 18), (56 19, 58 19, 57 21.5, 56 19))"),
                Arguments.of("multipolygon of two parts", "MULTIPOLYGON (((55 18, 56 18, 56 19, 55 18)), ((57 21, 58.9 21.2, 57.5 23.4, 57 21)))"),
                Arguments.of("thin sliver", "POLYGON ((56 20, 58 20.000001, 56 20.000002, 56 20))"),
                Arguments.of("polygon crossing the prime meridian and equator", "POLYGON ((-1.5 -1, 2 -0.5, 0.25 1.75, -1.5 -1))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void countsEveryPointExactlyOnceLikeIntersects(String name, String wkt) throws ParseException {
        Geometry area = new WKTReader(WGS84).read(wkt);

        assertCountsLikeIntersects(area, points(area, new SplittableRandom(name.hashCode())));
    }

    @Test
    void countsLikeIntersectsForManyRandomStars() {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int i = 0; i < 100; i++) {
            Geometry area = star(random, 52 + 8 * random.nextDouble(), 17 + 9 * random.nextDouble(),
                    Math.pow(10, -3 * random.nextDouble()), 4 + random.nextInt(400));
            assertCountsLikeIntersects(area, points(area, random));
        }
    }

    @Test
    void sumsTheInteriorOfALargePolygonFromCoarseCells() throws ParseException {
        Geometry area = new WKTReader(WGS84).read("POLYGON ((53 17, 59.5 17, 59.5 25.5, 53 25.5, 53 17))");

        CellCover cover = new CellCoverOp(area).cover();

        // 3.6 million finest cells lie inside; a few thousand cells of all sizes are summed instead.
        assertThat(cover.inside()).anyMatch(run -> run.k() == CountGrid.COARSEST_K);
        assertThat(cover.insideCells()).isLessThan(3 * cover.boundaryCells());
        assertThat(cover.boundaryCells()).isLessThan(3 * 30 * 1024); // perimeter 30° of 1/1024° cells
    }

    @Test
    void coversNothingWhenTheAreaIsFarFromEveryCellCentreAndBoundaryIsEmpty() throws ParseException {
        Geometry area = new WKTReader(WGS84).read("POLYGON ((57.1001 22.1001, 57.1002 22.1001, 57.1002 22.1003, 57.1001 22.1001))");

        CellCover cover = new CellCoverOp(area).cover();

        assertThat(cover.inside()).isEmpty();
        assertThat(cover.boundaryCells()).isEqualTo(1);
    }

    @Test
    void keysAreRowMajorSoThatARowOfCellsIsOneRange() {
        long first = CountGrid.key(8, 14_600, 5_630);

        assertThat(CountGrid.key(8, 14_601, 5_630)).isEqualTo(first + 1);
        assertThat(CountGrid.level(first)).isEqualTo(8);
        assertThat(CountGrid.column(first)).isEqualTo(14_600);
        assertThat(CountGrid.row(first)).isEqualTo(5_630);
        assertThat(CountGrid.keyOf(8, -0.001, -0.001)).isEqualTo(CountGrid.key(8, -1, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
    void skippingEmptyCellsLosesNoPointOfAnOccupiedOne(String name, String wkt) throws ParseException {
        Geometry area = new WKTReader(WGS84).read(wkt);
        SplittableRandom random = new SplittableRandom(11);
        List<Point> all = points(area, random);
        List<Point> wells = all.stream().filter(p -> random.nextInt(5) == 0).toList(); // a fifth of the cells hold wells
        long[] finest = wells.stream().mapToLong(p -> CountGrid.keyOf(CountGrid.FINEST_K, p.getX(), p.getY())).distinct().toArray();
        OccupiedCells occupied = new OccupiedCells(finest, finest.length);
        CellCover pruned = new CellCoverOp(area, occupied).cover();
        assertCountsLikeIntersects(area, pruned, wells);
    }

    private static void assertCountsLikeIntersects(Geometry area, List<Point> points) {
        assertCountsLikeIntersects(area, new CellCoverOp(area).cover(), points);
    }

    private static void assertCountsLikeIntersects(Geometry area, CellCover cover, List<Point> points) {
        Set<Long> inside = keys(cover.inside());
        Set<Long> exact = keys(cover.exact());
        for (Point p : points) {
            int insideHits = 0;
            for (int k = CountGrid.COARSEST_K; k <= CountGrid.FINEST_K; k++) {
                insideHits += inside.contains(CountGrid.keyOf(k, p.getX(), p.getY())) ? 1 : 0;
            }
            long exactKey = CountGrid.keyOf(CountGrid.EXACT_K, p.getX(), p.getY());
            boolean insideExact = cover.insideExactKeys().contains(exactKey);
            insideHits += insideExact ? 1 : 0;
            boolean inBoundary = exact.contains(exactKey) && !insideExact;
            assertThat(insideHits + (inBoundary ? 1 : 0)).as("cells holding %s", p).isLessThanOrEqualTo(1);
            boolean counted = insideHits == 1 || inBoundary && area.intersects(p);
            assertThat(counted).as("%s in %s", p, area).isEqualTo(area.intersects(p));
        }
    }

    private static Set<Long> keys(List<CellRun> runs) {
        Set<Long> keys = new HashSet<>();
        for (CellRun run : runs) {
            for (long ix = run.ix0(); ix <= run.ix1(); ix++) {
                keys.add(CountGrid.key(run.k(), ix, run.iy()));
            }
        }
        return keys;
    }

    /** Random points around the area, its vertices, points on its edges, and points on cell edges. */
    private static List<Point> points(Geometry area, SplittableRandom random) {
        Envelope env = area.getEnvelopeInternal();
        env.expandBy(Math.max(env.getWidth(), env.getHeight()) * 0.1 + 0.01);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double x = env.getMinX() + random.nextDouble() * env.getWidth();
            double y = env.getMinY() + random.nextDouble() * env.getHeight();
            points.add(point(x, y));
            points.add(point(Math.floor(x * 256) / 256, y)); // on a cell's west edge
            points.add(point(x, Math.floor(y * 256) / 256)); // on a cell's south edge
        }
        Coordinate[] vertices = area.getCoordinates();
        for (int i = 0; i < vertices.length; i++) {
            points.add(point(vertices[i].x, vertices[i].y));
            if (i > 0) {
                points.add(point((vertices[i].x + vertices[i - 1].x) / 2, (vertices[i].y + vertices[i - 1].y) / 2));
            }
        }
        return points;
    }

    private static Geometry star(SplittableRandom random, double cx, double cy, double radius, int n) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = (i + 0.4 * (random.nextDouble() - 0.5)) * 2 * Math.PI / n;
            double r = radius * (0.3 + 0.7 * random.nextDouble());
            c[i] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        c[n] = c[0].copy();
        LinearRing shell = WGS84.createLinearRing(c);
        return WGS84.createPolygon(shell);
    }

    private static Point point(double x, double y) {
        return WGS84.createPoint(new Coordinate(x, y));
    }
}
