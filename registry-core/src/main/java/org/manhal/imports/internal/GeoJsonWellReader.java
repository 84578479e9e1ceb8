package org.manhal.imports.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.manhal.imports.RowError;

import tools.jackson.databind.JsonNode;

/**
 * Reads the wells of an RFC 7946 FeatureCollection as it streams ({@link FeatureStream}). Features
 * are numbered from 1. A well's properties are named as in the wells API ({@code depthM}, {@code owner: {name, civilId}}, ...; nested objects are
 * read as {@code owner.name}). The geometry must be a Point.
 */
public final class GeoJsonWellReader {

    private final FeatureStream features;
    private final Map<String, Integer> fieldOfKey = new HashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();

    GeoJsonWellReader(FeatureStream features) {
        this.features = features;
    }

    /** The EPSG code named by the collection's {@code crs} member, or null. */
    Integer crsEpsg() {
        return features.crsEpsg();
    }

    /** Property names no field matches. */
    List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    /** Reads up to the first feature; refuses anything but a FeatureCollection. */
    void readHeader() {
        features.readHeader();
    }

    /** Reads every feature into the sink. */
    void readRows(RowSink sink) {
        String[] cells = new String[ImportField.values().length];
        long n = 0;
        for (JsonNode feature = features.next(); feature != null; feature = features.next()) {
            n++;
            Arrays.fill(cells, null);
            if (read(n, feature, cells, sink)) {
                sink.row(n, cells);
            }
        }
    }

    private boolean read(long n, JsonNode feature, String[] cells, RowSink sink) {
        if (!"Feature".equals(feature.path("type").asString(""))) {
            sink.reject(RowError.of(n, "row", "NOT_A_FEATURE", "العنصر " + n + " ليس معلماً GeoJSON من النوع Feature.",
                    "Element " + n + " is not a GeoJSON Feature."));
            return false;
        }
        properties(feature.path("properties"), "", cells);
        return geometry(n, feature.get("geometry"), cells, sink);
    }

    private boolean geometry(long n, JsonNode geometry, String[] cells, RowSink sink) {
        if (geometry == null || geometry.isNull()) {
            return true;   // no location: the validation reports it as required
        }
        if (!"Point".equals(geometry.path("type").asString(""))) {
            String type = geometry.path("type").asString("?");
            sink.reject(RowError.of(n, "location", "NOT_A_POINT",
                    "يجب أن يكون موقع البئر نقطة GeoJSON من النوع Point، وليس " + type + ".",
                    "A well's geometry must be a GeoJSON Point, not " + type + "."));
            return false;
        }
        JsonNode c = geometry.get("coordinates");
        if (c == null || !c.isArray() || c.size() < 2 || c.size() > 3 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            sink.reject(RowError.of(n, "location", "INVALID_COORDINATES",
                    "إحداثيات النقطة يجب أن تكون مصفوفة من رقمين: [خط الطول، دائرة العرض].",
                    "A Point's coordinates must be an array of two numbers: [longitude, latitude]."));
            return false;
        }
        cells[ImportField.X.ordinal()] = c.get(0).asString();
        cells[ImportField.Y.ordinal()] = c.get(1).asString();
        return true;
    }

    private void properties(JsonNode props, String prefix, String[] cells) {
        FeatureStream.properties(props, prefix, (key, v) -> {
            int field = fieldOfKey.computeIfAbsent(key, k -> fieldOf(k));
            if (field < 0 || field == ImportField.X.ordinal() || field == ImportField.Y.ordinal()) {
                ignored.add(key);
            } else if (!v.isNull()) {
                String text = v.isValueNode() ? v.asString().trim() : v.toString();
                cells[field] = text.isEmpty() ? null : text;
            }
        });
    }

    private static int fieldOf(String key) {
        return ImportField.forHeader(key).map(Enum::ordinal).orElse(-1);
    }
}
