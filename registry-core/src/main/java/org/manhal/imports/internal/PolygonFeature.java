package org.manhal.imports.internal;

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
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.imports.RowError;

import tools.jackson.databind.JsonNode;

/**
 * The polygon of one feature of a plot or zone file, read from its GeoJSON geometry in the file's
 * CRS and checked before anything is staged: a Polygon or MultiPolygon, closed rings of four
 * positions or more, at most the purpose's vertices, coordinates that can be in Oman in that CRS
 * (degrees in range for lon/lat; for UTM the easting and northing ranges of the well import), and
 * valid as JTS {@code IsValidOp} judges it. Nothing is repaired: an invalid polygon is rejected
 * with JTS's error and the coordinate where it lies, in the file's own coordinates, so that the
 * person can find it in the file.
 */
final class PolygonFeature {

    /** Oman in UTM 39N/40N (and PSD93): eastings and northings outside these are no place in Oman. */
    private static final double MIN_EASTING = 100_000;
    private static final double MAX_EASTING = 900_000;
    private static final double MIN_NORTHING = 1_700_000;
    private static final double MAX_NORTHING = 3_100_000;

    static final String FIELD = "geometry";

    private PolygonFeature() {
    }

    /** The polygon in SRID {@code srid}, or null with the reasons added to {@code errors}. */
    static Geometry read(long line, JsonNode geometry, int srid, PolygonPurpose purpose, List<RowError> errors) {
        if (geometry == null || geometry.isNull()) {
            errors.add(RowError.of(line, FIELD, "REQUIRED", "المضلع مطلوب: للعنصر " + line + " لا شكل له.",
                    "The polygon is required: feature " + line + " has no geometry."));
            return null;
        }
        String type = geometry.path("type").asString("?");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            errors.add(error(line, PolygonValidator.notAPolygon(FIELD, type, purpose)));
            return null;
        }
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), srid);
        Geometry polygon;
        try {
            polygon = type.equals("Polygon") ? polygon(geometry.get("coordinates"), factory)
                    : factory.createMultiPolygon(parts(geometry.get("coordinates"), factory));
        } catch (Unreadable e) {
            errors.add(error(line, e.violation));
            return null;
        }
        List<Violation> found = srid == Crs.WGS84_SRID ? PolygonValidator.validate(polygon, FIELD, purpose)
                : projected(polygon, purpose);
        found.forEach(v -> errors.add(error(line, v)));
        return found.isEmpty() ? polygon : null;
    }

    private static List<Violation> projected(Geometry polygon, PolygonPurpose purpose) {
        if (polygon.getNumPoints() > purpose.maxVertices()) {
            return List.of(PolygonValidator.tooManyVertices(FIELD, purpose));
        }
        for (Coordinate c : polygon.getCoordinates()) {
            if (!inOmanRange(c.x, c.y)) {
                return List.of(inOmanRange(c.y, c.x)
                        ? Violation.of(FIELD, "EASTING_NORTHING_SWAPPED",
                                "يبدو أن الإحداثي الشرقي والشمالي مبدلان عند " + show(c) + ": اكتب الشرقي أولاً ثم الشمالي.",
                                "Easting and northing look swapped at " + show(c) + ": write the easting first, then the northing.")
                        : Violation.of(FIELD, "OUTSIDE_CRS_AREA",
                                "الإحداثي " + show(c) + " لا يقع في عُمان ضمن EPSG:" + polygon.getSRID()
                                        + ": الشرقي بين 100000 و900000 م والشمالي بين 1700000 و3100000 م.",
                                "The coordinate " + show(c) + " does not fall in Oman in EPSG:" + polygon.getSRID()
                                        + ": easting 100,000–900,000 m, northing 1,700,000–3,100,000 m."));
            }
        }
        return PolygonValidator.topology(polygon, FIELD).map(List::of).orElse(List.of());
    }

    private static boolean inOmanRange(double easting, double northing) {
        return easting >= MIN_EASTING && easting <= MAX_EASTING && northing >= MIN_NORTHING && northing <= MAX_NORTHING;
    }

    private static Polygon[] parts(JsonNode coordinates, GeometryFactory factory) {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            throw new Unreadable(malformed());
        }
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode part : coordinates) {
            parts.add(polygon(part, factory));
        }
        return parts.toArray(Polygon[]::new);
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new Unreadable(malformed());
        }
        LinearRing shell = ring(rings.get(0), factory);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
        if (positions == null || !positions.isArray()) {
            throw new Unreadable(malformed());
        }
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new Unreadable(malformed());
            }
            ring[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (ring.length < 4) {
            throw new Unreadable(PolygonValidator.tooFewPoints(FIELD, ring.length));
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            throw new Unreadable(PolygonValidator.ringNotClosed(FIELD, ring[0], ring[ring.length - 1]));
        }
        return factory.createLinearRing(ring);
    }

    private static Violation malformed() {
        return Violation.of(FIELD, "INVALID_COORDINATES",
                "إحداثيات المضلع يجب أن تكون حلقات من مواضع، كل موضع رقمان.",
                "A polygon's coordinates must be rings of positions, each position two numbers.");
    }

    static RowError error(long line, Violation v) {
        return new RowError(line, v.field(), v.code(), v.message());
    }

    private static String show(Coordinate c) {
        return String.format(Locale.ROOT, "[%s, %s]", c.x, c.y);
    }

    /** A geometry that cannot be built; caught in {@link #read}. */
    private static final class Unreadable extends RuntimeException {
        private final transient Violation violation;

        Unreadable(Violation violation) {
            super(violation.code(), null, false, false);
            this.violation = violation;
        }
    }
}
