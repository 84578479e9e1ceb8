package org.manhal.count.internal;

import java.sql.SQLException;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.util.PGobject;

/**
 * An area as a JDBC parameter typed {@code geometry} (hex EWKB, SRID 4326): the server parses it
 * once, at bind time. What the count binds, and what its tests and benchmark bind for the plain
 * query they compare with, so both sides see the same polygon.
 */
public final class GeometryParameter {

    private GeometryParameter() {
    }

    /** The area (EPSG:4326 lon/lat; its SRID is set to 4326). */
    public static PGobject of(Geometry area) {
        area.setSRID(4326);
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
