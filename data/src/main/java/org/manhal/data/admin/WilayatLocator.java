package org.manhal.data.admin;

import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Assigns a point to exactly one wilayat despite the known quirk of the WOF wilayat polygons:
 * about 250 slivers (about 7 km² in total) that belong to no wilayat, and small overlaps (about
 * 3 km²) that belong to two.
 * <ul>
 * <li>a point covered by one wilayat gets that wilayat;</li>
 * <li>a point covered by several gets the one that contains it <em>most centrally</em>: the largest
 * distance from the point to that wilayat's boundary, because an overlap is a digitising error at
 * the edge of one of them and the deeper polygon is the likelier owner;</li>
 * <li>a point covered by none (a sliver, or offshore) gets the <em>nearest</em> wilayat.</li>
 * </ul>
 * Distances here are planar in EPSG:4326 degrees. They only rank candidates a few hundred metres
 * apart, where the lon/lat anisotropy (cos 17°..26° = 0.96..0.90) cannot change the answer in
 * practice; they are never reported as lengths.
 */
final class WilayatLocator {

    private record Candidate(Wilayat wilayat, PreparedGeometry prepared) {
    }

    private final List<Candidate> candidates;
    private final STRtree index = new STRtree();

    WilayatLocator(List<Wilayat> wilayats) {
        this.candidates = wilayats.stream()
                .map(w -> new Candidate(w, PreparedGeometryFactory.prepare(w.geometry())))
                .toList();
        candidates.forEach(c -> index.insert(c.wilayat().geometry().getEnvelopeInternal(), c));
        index.build(); // built eagerly so that concurrent queries never race on the lazy build
    }

    Wilayat locate(Point point) {
        List<Candidate> covering = covering(point);
        if (covering.size() == 1) {
            return covering.get(0).wilayat();
        }
        return covering.isEmpty() ? nearest(point) : mostCentral(covering, point);
    }

    @SuppressWarnings("unchecked")
    private List<Candidate> covering(Point point) {
        List<Candidate> hits = index.query(point.getEnvelopeInternal());
        return hits.stream().filter(c -> c.prepared().covers(point)).toList();
    }

    private static Wilayat mostCentral(List<Candidate> covering, Point point) {
        return covering.stream()
                .max(Comparator.comparingDouble(c -> c.wilayat().geometry().getBoundary().distance(point)))
                .orElseThrow()
                .wilayat();
    }

    /** Exact distances are computed in order of envelope distance, stopping once no envelope can beat the best. */
    private Wilayat nearest(Point point) {
        Envelope at = point.getEnvelopeInternal();
        List<Candidate> byEnvelope = candidates.stream()
                .sorted(Comparator.comparingDouble(c -> c.wilayat().geometry().getEnvelopeInternal().distance(at)))
                .toList();
        Candidate best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Candidate candidate : byEnvelope) {
            if (candidate.wilayat().geometry().getEnvelopeInternal().distance(at) > bestDistance) {
                break;
            }
            double distance = candidate.wilayat().geometry().distance(point);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best.wilayat();
    }
}
