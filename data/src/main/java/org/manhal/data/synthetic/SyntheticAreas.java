package org.manhal.data.synthetic;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.manhal.data.admin.AdminBoundaries;

/**
 * Random valid Polygons and MultiPolygons over Oman (lon 52–60, lat 16.5–26.5, EPSG:4326 degrees)
 * for tests and benchmarks of area queries; deterministic by seed. Star-shaped polygons are simple
 * by construction (vertices at increasing angles around a centre, so edges never cross); holes are
 * smaller stars well inside the shell; MultiPolygon parts are far apart. The mix: convex and
 * concave stars from metres to degrees across with 3 to 5,000 vertices, stars with a hole,
 * two-part MultiPolygons, and boxes whose sides lie on 1/256° grid lines (the finest cells of the
 * well counts) or on 1/16°.
 */
public final class SyntheticAreas {

    public static final GeometryFactory WGS84 = AdminBoundaries.WGS84;

    private final SplittableRandom random;

    public SyntheticAreas(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next random area. */
    public Geometry next() {
        return switch (random.nextInt(6)) {
            case 0 -> gridBox(random.nextBoolean() ? 256 : 16);
            case 1 -> WGS84.createMultiPolygon(new Polygon[] {star(55 + random.nextDouble(), 19 + random.nextDouble(), 1.0, false),
                    star(57 + random.nextDouble() * 2, 22.5 + random.nextDouble(), 0.8, random.nextBoolean())});
            case 2 -> star(lon(), lat(), 3, true);
            default -> star(lon(), lat(), 3, false);
        };
    }

    /**
     * A star around (cx, cy) whose radius is spread log-uniformly from maxRadius / 10,000 to
     * maxRadius degrees, with 3 to 5,000 vertices; convex when all radii happen to be equal.
     */
    public Polygon star(double cx, double cy, double maxRadius, boolean withHole) {
        double radius = maxRadius * Math.pow(10, -4 * random.nextDouble());
        int n = 3 + (int) Math.pow(10, random.nextDouble() * Math.log10(5000));
        double minRadius = random.nextInt(4) == 0 ? radius : radius * (0.3 + 0.7 * random.nextDouble());
        LinearRing shell = ring(cx, cy, minRadius, radius, n);
        if (!withHole) {
            return WGS84.createPolygon(shell);
        }
        // Edges of a star with angle steps under 1.2 rad stay beyond 0.8 * minRadius of the centre.
        double holeRadius = minRadius * 0.4;
        return WGS84.createPolygon(ring(cx, cy, minRadius, radius, Math.max(n, 8)),
                new LinearRing[] {ring(cx, cy, holeRadius * 0.5, holeRadius, 3 + n / 4)});
    }

    /**
     * A wavy outline of exactly n vertices (plus the closing one) around (cx, cy): radius
     * r·(1 + 0.2·sin 5θ + 0.08·sin 37θ + 0.03·sin 211θ), like a basin traced in detail.
     */
    public Polygon wavyOutline(double cx, double cy, double r, int n) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double radius = r * (1 + 0.2 * Math.sin(5 * a) + 0.08 * Math.sin(37 * a) + 0.03 * Math.sin(211 * a));
            c[i] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
        }
        c[n] = c[0].copy();
        return WGS84.createPolygon(c);
    }

    /** A box with corners on grid lines of 1/cellsPerDegree degrees, 1 to 64 cells a side. */
    public Polygon gridBox(int cellsPerDegree) {
        double x0 = Math.floor(lon() * cellsPerDegree) / cellsPerDegree;
        double y0 = Math.floor(lat() * cellsPerDegree) / cellsPerDegree;
        double w = (1 + random.nextInt(64)) / (double) cellsPerDegree;
        double h = (1 + random.nextInt(64)) / (double) cellsPerDegree;
        return (Polygon) WGS84.toGeometry(new Envelope(x0, x0 + w, y0, y0 + h));
    }

    private LinearRing ring(double cx, double cy, double minR, double maxR, int n) {
        Coordinate[] c = new Coordinate[n + 1];
        double step = 2 * Math.PI / n;
        for (int i = 0; i < n; i++) {
            double angle = (i + 0.45 * (random.nextDouble() - 0.5)) * step;
            double r = minR + (maxR - minR) * random.nextDouble();
            c[i] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        c[n] = c[0].copy();
        return WGS84.createLinearRing(c);
    }

    private double lon() {
        return 52.5 + random.nextDouble() * 7;
    }

    private double lat() {
        return 17 + random.nextDouble() * 9;
    }
}
