package org.manhal.data.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the polygonal features of an RFC 7946 GeoJSON FeatureCollection into JTS geometries.
 * Only {@code Polygon} and {@code MultiPolygon} are accepted because the boundary files hold
 * nothing else; anything else means a wrong file and fails loudly. RFC 7946 fixes the CRS to
 * WGS 84 lon/lat, so every geometry gets the factory's SRID (4326) and x = lon, y = lat.
 */
final class GeoJsonFeatures {

    /** A feature's properties and its geometry. */
    record Feature(JsonNode properties, Geometry geometry) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final GeometryFactory factory;

    GeoJsonFeatures(GeometryFactory factory) {
        this.factory = factory;
    }

    List<Feature> read(String resource) {
        JsonNode root = readTree(resource);
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            features.add(new Feature(feature.path("properties"), geometry(feature.path("geometry"), resource)));
        }
        if (features.isEmpty()) {
            throw new AdminDataException("No features in " + resource);
        }
        return features;
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = GeoJsonFeatures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AdminDataException("Missing classpath resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new AdminDataException("Cannot read GeoJSON " + resource, e);
        }
    }

    private Geometry geometry(JsonNode node, String resource) {
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> multiPolygon(coordinates);
            default -> throw new AdminDataException("Unsupported geometry type '" + type + "' in " + resource);
        };
    }

    private Geometry multiPolygon(JsonNode polygons) {
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i));
        }
        return factory.createMultiPolygon(parts);
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        return factory.createLinearRing(coordinates);
    }
}
