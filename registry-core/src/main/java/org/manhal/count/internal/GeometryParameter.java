package org.manhal.count.internal;

import java.sql.SQLException;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.manhal.crs.Crs;
import org.postgresql.util.PGobject;

/**
 * An area as a JDBC parameter typed {@code geometry} (hex EWKB, SRID {@link Crs#WGS84_SRID}): the server parses it
 * once, at bind time. What the count binds, and what its tests and benchmark bind for the plain
 * query they compare with, so both sides see the same polygon.
 */
public final class GeometryParameter {

    private GeometryParameter() {
    }

    /** The area (lon/lat; its SRID is set to {@link Crs#WGS84_SRID}). */
    public static PGobject of(Geometry area) {
        area.setSRID(Crs.WGS84_SRID);
        PGobject value = new PGobject();
        value.setType("geometry");
        try {
            value.setValue(WKBWriter.toHex(new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true).write(area)));
        } catch (SQLException e) {
            throw new IllegalStateException(e); // PGobject.setValue declares it but never throws
        }
        return value;
    }
}
