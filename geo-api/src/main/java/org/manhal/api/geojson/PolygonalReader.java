package org.manhal.api.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.common.Violation;

import tools.jackson.databind.JsonNode;

/**
 * Reads an RFC 7946 Polygon or MultiPolygon (lon/lat on WGS 84, SRID 4326) into JTS. Checks the
 * form only, which JTS cannot even represent when it is wrong: arrays of rings of positions,
 * positions of two or three numbers, rings of at least four positions whose last equals the first,
 * at most a given number of vertices. Substance (validity, ranges) is the domain's to check. The
 * first problem of form is reported with its JSON path; the answer is then null.
 */
public final class PolygonalReader {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final String field;
    private final int maxVertices;
    private final List<Violation> violations;
    private int vertices;

    private PolygonalReader(String field, int maxVertices, List<Violation> violations) {
        this.field = field;
        this.maxVertices = maxVertices;
        this.violations = violations;
    }

    /** The polygonal geometry, or null with the reason added to {@code violations} under {@code field}. */
    public static Geometry read(JsonNode geometry, String field, int maxVertices, List<Violation> violations) {
        return new PolygonalReader(field, maxVertices, violations).read(geometry);
    }

    private Geometry read(JsonNode geometry) {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            violations.add(Violation.of(field, "REQUIRED", "المضلع (geometry) مطلوب: Polygon أو MultiPolygon بصيغة GeoJSON.",
                    "A geometry is required: a GeoJSON Polygon or MultiPolygon."));
            return null;
        }
        String type = geometry.isObject() ? geometry.path("type").asString("?") : geometry.getNodeType().name();
        JsonNode coordinates = geometry.path("coordinates");
        try {
            return switch (type) {
                case "Polygon" -> polygon(coordinates, field + ".coordinates");
                case "MultiPolygon" -> multiPolygon(coordinates, field + ".coordinates");
                default -> refuse(field, "NOT_A_POLYGON",
                        "يجب أن تكون منطقة العد مضلعاً GeoJSON من النوع Polygon أو MultiPolygon، وليس " + type + ".",
                        "The area to count in must be a GeoJSON Polygon or MultiPolygon, not " + type + ".");
            };
        } catch (Refused e) {
            return null;
        }
    }

    private Geometry multiPolygon(JsonNode parts, String path) {
        requireArray(parts, path, 1);
        Polygon[] polygons = new Polygon[parts.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(parts.get(i), path + "[" + i + "]");
        }
        return WGS84.createMultiPolygon(polygons);
    }

    private Polygon polygon(JsonNode rings, String path) {
        requireArray(rings, path, 1);
        LinearRing shell = ring(rings.get(0), path + "[0]");
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i), path + "[" + i + "]"));
        }
        return WGS84.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(JsonNode positions, String path) {
        requireArray(positions, path, 0);
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = position(positions.get(i), path + "[" + i + "]");
        }
        if (ring.length < 4) {
            refuse(path, "TOO_FEW_POINTS", "الحلقة فيها " + ring.length + " نقاط، وأقل الحلقة أربع نقاط آخرها يساوي أولها.",
                    "The ring has " + ring.length + " positions; a ring needs at least four, the last equal to the first.");
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            refuse(path, "RING_NOT_CLOSED",
                    "الحلقة غير مغلقة: آخر نقطة " + show(ring[ring.length - 1]) + " يجب أن تساوي الأولى " + show(ring[0]) + ".",
                    "The ring is not closed: its last position " + show(ring[ring.length - 1]) + " must equal its first "
                            + show(ring[0]) + ".");
        }
        return WGS84.createLinearRing(ring);
    }

    private Coordinate position(JsonNode p, String path) {
        if (++vertices > maxVertices) {
            refuse(field, "TOO_MANY_VERTICES",
                    "للمضلع أكثر من " + maxVertices + " رأس، وهو الحد الأقصى: بسّطه ثم أعد المحاولة.",
                    "The polygon has more than " + maxVertices + " vertices, the most allowed: simplify it and try again.");
        }
        if (!p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            refuse(path, "INVALID_COORDINATES", "كل نقطة يجب أن تكون مصفوفة من رقمين: [خط الطول، دائرة العرض].",
                    "Each position must be an array of two numbers: [longitude, latitude].");
        }
        return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
    }

    private void requireArray(JsonNode node, String path, int min) {
        if (!node.isArray() || node.size() < min) {
            refuse(path, "INVALID_COORDINATES", "بنية الإحداثيات غير صالحة هنا: المتوقع مصفوفة كما في RFC 7946.",
                    "The coordinates are malformed here: an array as RFC 7946 describes is expected.");
        }
    }

    private Geometry refuse(String path, String code, String ar, String en) {
        violations.add(Violation.of(path, code, ar, en));
        throw new Refused();
    }

    private static String show(Coordinate c) {
        return String.format(Locale.ROOT, "[%s, %s]", c.x, c.y);
    }

    /** Stops reading at the first problem of form. */
    private static final class Refused extends RuntimeException {

        Refused() {
            super(null, null, false, false);
        }
    }
}
