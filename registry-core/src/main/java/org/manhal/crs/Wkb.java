package org.manhal.crs;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Geometries as PostGIS sends them ({@code ST_AsBinary}): WKB, always lon/lat ({@link Crs#WGS84_SRID}) here. */
public final class Wkb {

    private Wkb() {
    }

    /**
     * The geometry, its SRID set to {@link Crs#WGS84_SRID} (plain WKB carries none). WKB from PostGIS that JTS cannot
     * read is a bug, not bad input: an {@link IllegalStateException}.
     */
    public static Geometry read(WKBReader reader, byte[] wkb) {
        try {
            Geometry g = reader.read(wkb);
            g.setSRID(Crs.WGS84_SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned WKB that JTS cannot read", e);
        }
    }
}
