package org.manhal.rules;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/** Geometry fixtures in EPSG:4326 (x = longitude, y = latitude) for the rules tests. */
final class Fixtures {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private Fixtures() {
    }

    static Point point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }

    static Point point(Coordinate c) {
        return point(c.x, c.y);
    }

    /** Parses WKT into a geometry with SRID 4326. */
    static Geometry wkt(String text) {
        try {
            return new WKTReader(WGS84).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT " + text, e);
        }
    }

    /** The point {@code metres} from {@code from} along the geodesic leaving at {@code azimuth}. */
    static Coordinate destination(Coordinate from, double azimuth, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(from.y, from.x, azimuth, metres);
        return new Coordinate(d.lon2, d.lat2);
    }

    /** The azimuth at {@code from} of the geodesic to {@code to}, in degrees from north. */
    static double azimuth(Coordinate from, Coordinate to) {
        return Geodesic.WGS84.Inverse(from.y, from.x, to.y, to.x).azi1;
    }
}
