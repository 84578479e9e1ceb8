package org.manhal.zoning.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
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
        GeometryFactory from = new GeometryFactory(new PrecisionModel(), fromSrid);
        GeometryCollection all = from.createGeometryCollection(geometries.toArray(Geometry[]::new));
        byte[] wkb = jdbc.sql("select ST_AsBinary(ST_Transform(ST_GeomFromWKB(?, ?), ?))")
                .params(new WKBWriter().write(all), fromSrid, toSrid).query(byte[].class).single();
        GeometryFactory to = new GeometryFactory(new PrecisionModel(), toSrid);
        try {
            Geometry back = new WKBReader(to).read(wkb);
            List<Geometry> out = new ArrayList<>(back.getNumGeometries());
            for (int i = 0; i < back.getNumGeometries(); i++) {
                Geometry g = back.getGeometryN(i);
                g.setSRID(toSrid);
                out.add(g);
            }
            if (out.size() != geometries.size()) {
                throw new IllegalStateException("ST_Transform returned " + out.size() + " of " + geometries.size());
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned WKB that JTS cannot read", e);
        }
    }
}
