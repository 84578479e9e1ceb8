package org.manhal.imports.internal;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.manhal.crs.InputCrs;
import org.manhal.imports.ImportFileException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An RFC 7946 FeatureCollection read as it streams, one Feature at a time, so that a file of a
 * million features needs the memory of one; the readers of wells and of plots and zones share it.
 * A 2008-style {@code crs} member (before {@code features}) may name one of the accepted projected
 * CRSs: ogr2ogr writes it for a GeoPackage or Shapefile in UTM.
 */
final class FeatureStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser parser;
    private Integer crsEpsg;

    FeatureStream(InputStream in) {
        this.parser = JSON.createParser(in);
    }

    /** The EPSG code named by the collection's {@code crs} member, or null. */
    Integer crsEpsg() {
        return crsEpsg;
    }

    /** Reads up to the first feature; refuses anything but a FeatureCollection. */
    void readHeader() {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notCollection();
            }
            String type = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("features") && value == JsonToken.START_ARRAY) {
                    if (type != null && !type.equals("FeatureCollection")) {
                        throw notCollection();
                    }
                    return;
                }
                if (name.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? parser.getString() : "?";
                } else if (name.equals("crs")) {
                    crsEpsg = crs(parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
            throw notCollection();
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    /** The next element of {@code features}, or null after the last. */
    JsonNode next() {
        try {
            return parser.nextToken() == JsonToken.START_OBJECT ? parser.readValueAsTree() : null;
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    /**
     * Hands each property of a feature to {@code leaf} with its name, nested objects flattened to
     * dotted names ({@code owner: {name}} is {@code owner.name}).
     */
    static void properties(JsonNode props, String prefix, BiConsumer<String, JsonNode> leaf) {
        if (!props.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                properties(e.getValue(), key + ".", leaf);
            } else {
                leaf.accept(key, e.getValue());
            }
        }
    }

    private static Integer crs(JsonNode crs) {
        String name = crs.path("properties").path("name").asString("");
        Optional<InputCrs> known = InputCrs.byName(name);
        if (known.isEmpty()) {
            throw new ImportFileException("UNSUPPORTED_CRS",
                    "نظام الإحداثيات «" + name + "» في الملف غير مقبول.",
                    "The file's coordinate reference system '" + name + "' is not accepted.");
        }
        return known.get().epsg();
    }

    private static ImportFileException notCollection() {
        return new ImportFileException("NOT_A_FEATURE_COLLECTION",
                "ملف GeoJSON يجب أن يكون FeatureCollection يحوي features.",
                "A GeoJSON file must be a FeatureCollection with features.");
    }

    private static ImportFileException malformed(JacksonException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")";
        return new ImportFileException("MALFORMED_JSON", "الملف ليس JSON صالحاً" + where + ".",
                "The file is not valid JSON" + where + ".");
    }
}
