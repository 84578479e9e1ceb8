package org.manhal.zoning.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reprojects geometries with PostGIS/PROJ ({@code ST_Transform}) in one statement: they travel as
 * one GeometryCollection and come back in the same order. The zoning check's only way between
 * lon/lat and UTM, so that both directions are PROJ's.
 */
public final class Projection {

    private Projection() {
    }

    public static List<Geometry> transform(JdbcClient jdbc, List<Geometry> geometries, int fromSrid, int toSrid) {
        if (geometries.isEmpty()) {
            return List.of();
        }
        byte[] wkb = jdbc.sql("select ST_AsBinary(ST_Transform(ST_GeomFromWKB(?, ?), ?))")
                .params(collection(geometries, fromSrid), fromSrid, toSrid).query(byte[].class).single();
        return members(wkb, toSrid, geometries.size());
    }

    /** The geometries as one GeometryCollection in WKB, for a statement that transforms them. */
    public static byte[] collection(List<Geometry> geometries, int srid) {
        GeometryFactory from = new GeometryFactory(new PrecisionModel(), srid);
        return new WKBWriter().write(from.createGeometryCollection(geometries.toArray(Geometry[]::new)));
    }

    /** The members of a transformed {@link #collection}, in their order; there must be {@code expected}. */
    public static List<Geometry> members(byte[] wkb, int srid, int expected) {
        GeometryFactory to = new GeometryFactory(new PrecisionModel(), srid);
        try {
            Geometry back = new WKBReader(to).read(wkb);
            List<Geometry> out = new ArrayList<>(back.getNumGeometries());
            for (int i = 0; i < back.getNumGeometries(); i++) {
                Geometry g = back.getGeometryN(i);
                g.setSRID(srid);
                out.add(g);
            }
            if (out.size() != expected) {
                throw new IllegalStateException("ST_Transform returned " + out.size() + " of " + expected);
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned WKB that JTS cannot read", e);
        }
    }
}
