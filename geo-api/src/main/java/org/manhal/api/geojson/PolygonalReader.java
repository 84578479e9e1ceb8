package org.manhal.api.geojson;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;

import tools.jackson.databind.JsonNode;

/**
 * Reads an RFC 7946 Polygon or MultiPolygon (lon/lat on WGS 84, {@link Crs#WGS84}) into JTS. Checks the
 * form only, which JTS cannot even represent when it is wrong: arrays of rings of positions,
 * positions of two or three numbers, rings of at least four positions whose last equals the first,
 * at most the purpose's number of vertices (read no further than that). Substance (validity,
 * ranges) is {@link PolygonValidator}'s to check, whose codes and messages these are too. The
 * first problem of form is reported with its JSON path; the answer is then null.
 */
public final class PolygonalReader {

    private final String field;
    private final PolygonPurpose purpose;
    private final List<Violation> violations;
    private int vertices;

    private PolygonalReader(String field, PolygonPurpose purpose, List<Violation> violations) {
        this.field = field;
        this.purpose = purpose;
        this.violations = violations;
    }

    /** The polygonal geometry, or null with the reason added to {@code violations} under {@code field}. */
    public static Geometry read(JsonNode geometry, String field, PolygonPurpose purpose, List<Violation> violations) {
        return new PolygonalReader(field, purpose, violations).read(geometry);
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
                default -> refuse(PolygonValidator.notAPolygon(field, type, purpose));
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
        return Crs.WGS84.createMultiPolygon(polygons);
    }

    private Polygon polygon(JsonNode rings, String path) {
        requireArray(rings, path, 1);
        LinearRing shell = ring(rings.get(0), path + "[0]");
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i), path + "[" + i + "]"));
        }
        return Crs.WGS84.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(JsonNode positions, String path) {
        requireArray(positions, path, 0);
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = position(positions.get(i), path + "[" + i + "]");
        }
        if (ring.length < 4) {
            refuse(PolygonValidator.tooFewPoints(path, ring.length));
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            refuse(PolygonValidator.ringNotClosed(path, ring[0], ring[ring.length - 1]));
        }
        return Crs.WGS84.createLinearRing(ring);
    }

    private Coordinate position(JsonNode p, String path) {
        if (++vertices > purpose.maxVertices()) {
            refuse(PolygonValidator.tooManyVertices(field, purpose));
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
        return refuse(Violation.of(path, code, ar, en));
    }

    private Geometry refuse(Violation violation) {
        violations.add(violation);
        throw new Refused();
    }

    /** Stops reading at the first problem of form. */
    private static final class Refused extends RuntimeException {

        Refused() {
            super(null, null, false, false);
        }
    }
}
