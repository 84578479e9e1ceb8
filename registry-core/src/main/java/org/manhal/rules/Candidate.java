package org.manhal.rules;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A feature near the proposed well that a rule may measure against, as prefiltered by the
 * database (see {@link RuleSet#searchRadiiM(SpacingRequest)}). Passing extra, distant candidates
 * is harmless; omitting a near one hides a violation.
 *
 * @param feature what the feature is
 * @param geometry its geometry in EPSG:4326 (x = longitude, y = latitude, SRID 4326): a point,
 *        line or polygon or a multi-geometry of them; edges are straight in longitude/latitude,
 *        as in JTS and PostGIS {@code geometry}. Zone kinds must be polygonal.
 */
public record Candidate(FeatureRef feature, Geometry geometry) {

    public Candidate {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.isEmpty() || geometry.getSRID() != SpacingRequest.WGS84_SRID) {
            throw new IllegalArgumentException("feature " + feature.id()
                    + ": geometry must be non-empty with SRID 4326, was SRID " + geometry.getSRID());
        }
        if (feature.kind().isZone() && !(geometry instanceof Polygonal)) {
            throw new IllegalArgumentException("zone " + feature.id() + " (" + feature.kind()
                    + ") must be a polygon, was " + geometry.getGeometryType());
        }
    }

    /** A candidate without an Arabic name. */
    public static Candidate of(String id, FeatureKind kind, String name, Geometry geometry) {
        return new Candidate(new FeatureRef(id, kind, name, null), geometry);
    }

    /** The candidate's kind. */
    public FeatureKind kind() {
        return feature.kind();
    }
}
