package org.manhal.zoning;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * A further geometry of a finding, to draw beside its main one, with what it shows.
 *
 * @param role what it is
 * @param geometry SRID 4326
 */
public record Drawing(Role role, Geometry geometry) {

    public Drawing {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(geometry, "geometry");
    }

    /** What a drawing shows. */
    public enum Role {
        /** The plot edge the footprint comes closest to. */
        OFFENDING_EDGE,
        /** The setback line: the boundary of the area the setbacks leave for building. */
        SETBACK_LINE,
        /** The part of the footprint outside the plot, or inside a zone or protected distance. */
        OFFENDING_PART,
        /** The plot, or the zone. */
        AREA
    }
}
