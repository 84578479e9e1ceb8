package org.manhal.api.geojson;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7946 GeoJSON geometry in and out. Coordinates are always lon/lat on WGS 84 (CRS84): the
 * 2008 {@code crs} member is refused unless it names CRS84 or EPSG:4326, since a client sending it
 * usually means another CRS.
 */
public final class GeoJson {

    /** Seven decimals of a degree are about 1 cm: more is noise, less loses surveyed precision. */
    private static final int DECIMALS = 7;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    /**
     * Reads a GeoJSON Point. Problems are added to {@code violations} under {@code field}; the
     * answer is then null.
     */
    public static Point readPoint(JsonNode geometry, String field, List<Violation> violations) {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            violations.add(Violation.of(field, "REQUIRED", "الموقع (geometry) مطلوب: نقطة GeoJSON.",
                    "A geometry is required: a GeoJSON Point."));
            return null;
        }
        if (!geometry.isObject() || !"Point".equals(geometry.path("type").asString(""))) {
            String type = geometry.isObject() ? geometry.path("type").asString("?") : geometry.getNodeType().name();
            violations.add(Violation.of(field, "NOT_A_POINT",
                    "يجب أن يكون موقع البئر نقطة GeoJSON من النوع Point، وليس " + type + ".",
                    "A well's geometry must be a GeoJSON Point, not " + type + "."));
            return null;
        }
        double[] xy = readPosition(geometry.get("coordinates"));
        if (xy == null) {
            violations.add(Violation.of(field + ".coordinates", "INVALID_COORDINATES",
                    "إحداثيات النقطة يجب أن تكون مصفوفة من رقمين: [خط الطول، دائرة العرض].",
                    "A Point's coordinates must be an array of two numbers: [longitude, latitude]."));
            return null;
        }
        return Crs.WGS84.createPoint(new Coordinate(xy[0], xy[1]));
    }

    /**
     * Refuses a {@code crs} member (GeoJSON 2008) that names anything but WGS 84 lon/lat.
     */
    public static void checkCrs(JsonNode object, List<Violation> violations) {
        JsonNode crs = object.path("crs");
        if (crs.isMissingNode() || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asString("");
        if (!name.endsWith("CRS84") && !name.endsWith("EPSG::" + Crs.WGS84_SRID) && !name.equals(Crs.wgs84Code())) {
            violations.add(Violation.of("crs", "UNSUPPORTED_CRS",
                    "نظام الإحداثيات «" + name + "» غير مدعوم: أرسل الإحداثيات بخط الطول ودائرة العرض في WGS 84 (CRS84) كما يشترط RFC 7946.",
                    "The coordinate reference system '" + name + "' is not supported: send longitude/latitude on WGS 84 (CRS84), as RFC 7946 requires."));
        }
    }

    private static double[] readPosition(JsonNode coordinates) {
        if (coordinates == null || !coordinates.isArray() || coordinates.size() < 2 || coordinates.size() > 3) {
            return null;
        }
        for (JsonNode c : coordinates) {
            if (!c.isNumber()) {
                return null;
            }
        }
        return new double[] {coordinates.get(0).doubleValue(), coordinates.get(1).doubleValue()};
    }

    /** Writes a JTS geometry (lon/lat, SRID 4326) as a GeoJSON geometry object. */
    public static ObjectNode write(Geometry g) {
        ObjectNode node = NODES.objectNode();
        node.put("type", g.getGeometryType());
        if (g instanceof Point p) {
            node.set("coordinates", position(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            node.set("coordinates", positions(l.getCoordinates()));
        } else if (g instanceof Polygon p) {
            node.set("coordinates", rings(p));
        } else if (g.getGeometryType().startsWith("Multi")) {
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)).get("coordinates"));
            }
        } else {
            ArrayNode parts = node.putArray("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)));
            }
        }
        return node;
    }

    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = NODES.arrayNode();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            LinearRing hole = p.getInteriorRingN(i);
            rings.add(positions(hole.getCoordinates()));
        }
        return rings;
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode array = NODES.arrayNode();
        for (Coordinate c : coordinates) {
            array.add(position(c));
        }
        return array;
    }

    private static ArrayNode position(Coordinate c) {
        return NODES.arrayNode().add(round(c.x)).add(round(c.y));
    }

    private static double round(double v) {
        double scale = Math.pow(10, DECIMALS);
        return Math.round(v * scale) / scale;
    }
}
