package org.manhal.zoning.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The edges of a plot (in a metric CRS) and the setback each takes. With the street frontage
 * known: an edge whose midpoint lies on it (within {@link #ON_STREET_M}) is a front edge; an edge
 * of the outer ring that touches no front edge and faces away from the street (its outward normal
 * within 45° of the opposite of the front edges' mean outward normal) is a rear edge; every other
 * edge, and every edge of a hole, is a side edge. A corner plot thus has two fronts and no rear.
 * Without a frontage, or when no edge lies on it, every edge takes the uniform setback.
 */
final class PlotEdges {

    /** How far an edge's midpoint may lie from the recorded frontage and still face the street. */
    static final double ON_STREET_M = 0.05;

    record Edge(LineSegment segment, EdgeKind kind) {
    }

    private PlotEdges() {
    }

    static List<Edge> classify(Polygon plot, Geometry frontage) {
        List<Seg> segs = new ArrayList<>();
        collect(plot.getExteriorRing(), false, segs);
        for (int i = 0; i < plot.getNumInteriorRing(); i++) {
            collect(plot.getInteriorRingN(i), true, segs);
        }
        List<Seg> fronts = new ArrayList<>();
        if (frontage != null) {
            for (Seg s : segs) {
                if (!s.hole && frontage.distance(plot.getFactory().createPoint(s.segment.midPoint())) <= ON_STREET_M) {
                    fronts.add(s);
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        if (fronts.isEmpty()) {
            segs.forEach(s -> edges.add(new Edge(s.segment, EdgeKind.UNIFORM)));
            return edges;
        }
        double nx = 0;
        double ny = 0;
        for (Seg f : fronts) {
            nx += f.nx;
            ny += f.ny;
        }
        double len = Math.hypot(nx, ny);
        for (Seg s : segs) {
            EdgeKind kind;
            if (fronts.contains(s)) {
                kind = EdgeKind.FRONT;
            } else if (!s.hole && len > 1e-9 && fronts.stream().noneMatch(f -> touches(f.segment, s.segment))
                    && (s.nx * nx + s.ny * ny) / len < -Math.sqrt(0.5)) {
                kind = EdgeKind.REAR;
            } else {
                kind = EdgeKind.SIDE;
            }
            edges.add(new Edge(s.segment, kind));
        }
        return edges;
    }

    private static boolean touches(LineSegment a, LineSegment b) {
        return a.p0.equals2D(b.p0) || a.p0.equals2D(b.p1) || a.p1.equals2D(b.p0) || a.p1.equals2D(b.p1);
    }

    /** A segment and its unit outward normal (pointing out of the plot's interior). */
    private record Seg(LineSegment segment, double nx, double ny, boolean hole) {
    }

    private static void collect(LinearRing ring, boolean hole, List<Seg> out) {
        Coordinate[] c = ring.getCoordinates();
        // The interior is left of a counter-clockwise shell and right of a counter-clockwise hole.
        boolean interiorLeft = Orientation.isCCW(c) != hole;
        for (int i = 0; i + 1 < c.length; i++) {
            double dx = c[i + 1].x - c[i].x;
            double dy = c[i + 1].y - c[i].y;
            double l = Math.hypot(dx, dy);
            if (l == 0) {
                continue;
            }
            double nx = interiorLeft ? dy / l : -dy / l;
            double ny = interiorLeft ? -dx / l : dx / l;
            out.add(new Seg(new LineSegment(c[i], c[i + 1]), nx, ny, hole));
        }
    }
}
