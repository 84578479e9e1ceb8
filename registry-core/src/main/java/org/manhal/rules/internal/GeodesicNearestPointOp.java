package org.manhal.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PointExtracter;
import org.manhal.rules.GeodesicDistance;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Finds the point of a geometry nearest to an origin, by geodesic distance on WGS 84.
 *
 * <p>Segments are straight in longitude/latitude (as JTS and PostGIS {@code geometry} draw
 * them). The op ranks every segment by its distance in a {@link LocalProjection}, keeps those
 * within a margin of the best, and minimises the exact geodesic distance
 * ({@link Geodesic#Inverse}) along each kept segment by golden-section search on the segment
 * parameter until the bracket is shorter than {@value #POSITION_TOLERANCE_M} m, so the distance
 * is within that of the true minimum. The distance along a segment much shorter than the
 * Earth's radius is unimodal, which golden-section search needs.
 */
public final class GeodesicNearestPointOp {

    /** Bracket length, in metres along the segment, at which the search stops. */
    static final double POSITION_TOLERANCE_M = 1e-4;

    private static final double INVERSE_GOLDEN_RATIO = (Math.sqrt(5) - 1) / 2;
    private static final int MAX_ITERATIONS = 200;

    private final Coordinate origin;
    private final LocalProjection projection;

    public GeodesicNearestPointOp(Coordinate origin) {
        this.origin = origin;
        this.projection = LocalProjection.at(origin);
    }

    /** The nearest point of the feature's vertices, segments and points (not its interior). */
    public GeodesicDistance.Nearest nearestOnBoundary(Geometry feature) {
        List<Coordinate[]> lines = linesOf(feature);
        List<Coordinate> points = pointsOf(feature);
        double threshold = rankingThreshold(lines, points);
        GeodesicDistance.Nearest best = null;
        for (Coordinate point : points) {
            if (projection.distanceToPoint(point) <= threshold) {
                best = closer(best, toPoint(point));
            }
        }
        for (Coordinate[] line : lines) {
            best = closer(best, nearestOnLine(line, threshold));
        }
        return best;
    }

    /**
     * The projected distance up to which a segment may still hold the geodesic minimum: the best
     * projected distance plus 1 % (the projection's scale error is below 0.1 % within 10 km in
     * Oman), a term growing with distance for far features, and 1 m.
     */
    private double rankingThreshold(List<Coordinate[]> lines, List<Coordinate> points) {
        double best = Double.POSITIVE_INFINITY;
        for (Coordinate point : points) {
            best = Math.min(best, projection.distanceToPoint(point));
        }
        for (Coordinate[] line : lines) {
            for (int i = 1; i < line.length; i++) {
                best = Math.min(best, projection.distanceToSegment(line[i - 1], line[i]));
            }
        }
        return best * (1.01 + best / 1e6) + 1.0;
    }

    private GeodesicDistance.Nearest nearestOnLine(Coordinate[] line, double threshold) {
        GeodesicDistance.Nearest best = null;
        for (int i = 1; i < line.length; i++) {
            if (projection.distanceToSegment(line[i - 1], line[i]) <= threshold) {
                best = closer(best, nearestOnSegment(line[i - 1], line[i]));
            }
        }
        return best;
    }

    /** The nearest point of the segment a–b: the golden-section minimum or an end point. */
    GeodesicDistance.Nearest nearestOnSegment(Coordinate a, Coordinate b) {
        double t = goldenSectionMinimum(a, b, projection.length(a, b));
        GeodesicDistance.Nearest inner = toPoint(interpolate(a, b, t));
        return closer(closer(inner, toPoint(a)), toPoint(b));
    }

    /**
     * The parameter t in [0, 1] minimising the geodesic distance to the point at t of a–b,
     * to within {@value #POSITION_TOLERANCE_M} m along a segment of the given length.
     */
    private double goldenSectionMinimum(Coordinate a, Coordinate b, double lengthM) {
        double lo = 0;
        double hi = 1;
        double c = hi - INVERSE_GOLDEN_RATIO;
        double d = INVERSE_GOLDEN_RATIO;
        double fc = distanceAt(a, b, c);
        double fd = distanceAt(a, b, d);
        for (int i = 0; i < MAX_ITERATIONS && (hi - lo) * lengthM > POSITION_TOLERANCE_M; i++) {
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - INVERSE_GOLDEN_RATIO * (hi - lo);
                fc = distanceAt(a, b, c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + INVERSE_GOLDEN_RATIO * (hi - lo);
                fd = distanceAt(a, b, d);
            }
        }
        return (lo + hi) / 2;
    }

    private double distanceAt(Coordinate a, Coordinate b, double t) {
        return distanceTo(interpolate(a, b, t));
    }

    private double distanceTo(Coordinate c) {
        return Geodesic.WGS84.Inverse(origin.y, origin.x, c.y, c.x, GeodesicMask.DISTANCE).s12;
    }

    private GeodesicDistance.Nearest toPoint(Coordinate c) {
        return new GeodesicDistance.Nearest(distanceTo(c), new Coordinate(c.x, c.y));
    }

    private static Coordinate interpolate(Coordinate a, Coordinate b, double t) {
        return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
    }

    private static GeodesicDistance.Nearest closer(GeodesicDistance.Nearest x,
            GeodesicDistance.Nearest y) {
        if (x == null) {
            return y;
        }
        return y == null || x.distanceM() <= y.distanceM() ? x : y;
    }

    private static List<Coordinate[]> linesOf(Geometry feature) {
        List<Coordinate[]> lines = new ArrayList<>();
        for (Object line : LinearComponentExtracter.getLines(feature)) {
            lines.add(((LineString) line).getCoordinates());
        }
        return lines;
    }

    private static List<Coordinate> pointsOf(Geometry feature) {
        List<Coordinate> points = new ArrayList<>();
        for (Object point : PointExtracter.getPoints(feature)) {
            points.add(((Point) point).getCoordinate());
        }
        return points;
    }
}
