package org.manhal.common;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Geometries as PostGIS sends them ({@code ST_AsBinary}): WKB, always EPSG:4326 lon/lat here. */
public final class Wkb {

    private static final int WGS84_SRID = 4326;

    private Wkb() {
    }

    /**
     * The geometry, its SRID set to 4326 (plain WKB carries none). WKB from PostGIS that JTS cannot
     * read is a bug, not bad input: an {@link IllegalStateException}.
     */
    public static Geometry read(WKBReader reader, byte[] wkb) {
        try {
            Geometry g = reader.read(wkb);
            g.setSRID(WGS84_SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned WKB that JTS cannot read", e);
        }
    }
}
