package org.manhal.api.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Small builders for OpenAPI 3.1 schemas (JSON Schema 2020-12): the {@code type} keyword of 3.1 is
 * a set ({@code ["string", "null"]}), which swagger-models keeps in {@link Schema#getTypes()}.
 * {@link #closed} objects refuse members they do not name: answers are described exactly, so the
 * conformance test notices a member the description forgot.
 */
final class JsonSchemas {

    static final String COMPONENTS = "#/components/schemas/";

    private JsonSchemas() {
    }

    static JsonSchema typed(String... types) {
        JsonSchema s = new JsonSchema();
        s.types(new LinkedHashSet<>(List.of(types)));
        return s;
    }

    static JsonSchema string() {
        return typed("string");
    }

    static JsonSchema string(String description) {
        return (JsonSchema) string().description(description);
    }

    static JsonSchema nullableString() {
        return typed("string", "null");
    }

    static JsonSchema integer() {
        return (JsonSchema) typed("integer").format("int64");
    }

    static JsonSchema nullableInteger() {
        return (JsonSchema) typed("integer", "null").format("int64");
    }

    static JsonSchema number() {
        return typed("number");
    }

    static JsonSchema nullableNumber() {
        return typed("number", "null");
    }

    static JsonSchema bool() {
        return typed("boolean");
    }

    static JsonSchema dateTime() {
        return (JsonSchema) string().format("date-time");
    }

    static JsonSchema nullableDateTime() {
        return (JsonSchema) nullableString().format("date-time");
    }

    static JsonSchema nullableDate() {
        return (JsonSchema) nullableString().format("date");
    }

    static JsonSchema constant(Object value) {
        JsonSchema s = new JsonSchema();
        s.setConst(value);
        return s;
    }

    static JsonSchema ref(String component) {
        JsonSchema s = new JsonSchema();
        s.set$ref(COMPONENTS + component);
        return s;
    }

    static JsonSchema nullable(JsonSchema schema) {
        JsonSchema s = new JsonSchema();
        s.anyOf(List.of(schema, typed("null")));
        return s;
    }

    static JsonSchema array(Schema<?> items) {
        JsonSchema s = typed("array");
        s.items(items);
        return s;
    }

    static JsonSchema oneOf(Schema<?>... alternatives) {
        JsonSchema s = new JsonSchema();
        s.oneOf(Arrays.asList(alternatives));
        return s;
    }

    static JsonSchema allOf(Schema<?>... parts) {
        JsonSchema s = new JsonSchema();
        s.allOf(Arrays.asList(parts));
        return s;
    }

    /** A string that is one of the names of an enum's constants. */
    static JsonSchema codes(Class<? extends Enum<?>> type) {
        return codes(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static JsonSchema codes(List<String> values) {
        JsonSchema s = string();
        s.setEnum(new java.util.ArrayList<Object>(values));
        return s;
    }

    static JsonSchema nullableCodes(Class<? extends Enum<?>> type) {
        JsonSchema s = nullableString();
        List<Object> values = new java.util.ArrayList<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        values.add(null);
        s.setEnum(values);
        return s;
    }

    static JsonSchema range(JsonSchema number, double min, double max) {
        number.minimum(BigDecimal.valueOf(min));
        number.maximum(BigDecimal.valueOf(max));
        return number;
    }

    /** An object that may carry members it does not name (a request, an RFC 9457 problem). */
    static JsonSchema object(Map<String, Schema> properties, String... required) {
        JsonSchema s = typed("object");
        s.properties(new LinkedHashMap<>(properties));
        if (required.length > 0) {
            s.required(List.of(required));
        }
        return s;
    }

    /** An object with exactly the members it names (an answer of the service). */
    static JsonSchema closed(Map<String, Schema> properties, String... required) {
        JsonSchema s = object(properties, required);
        s.additionalProperties(Boolean.FALSE);
        return s;
    }

    /** Any JSON object (the changed columns of a history entry, say). */
    static JsonSchema anyObject() {
        return typed("object");
    }

    static JsonSchema nullableAnyObject() {
        return typed("object", "null");
    }

    /** An ordered map literal for schema properties: {@code props("a", s1, "b", s2)}. */
    static Map<String, Schema> props(Object... nameThenSchema) {
        Map<String, Schema> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            m.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return m;
    }

    static Map<String, Schema> with(Map<String, Schema> base, Object... nameThenSchema) {
        Map<String, Schema> m = new LinkedHashMap<>(base);
        m.putAll(props(nameThenSchema));
        return m;
    }

    static Map<String, Schema> without(Map<String, Schema> base, String... names) {
        Map<String, Schema> m = new LinkedHashMap<>(base);
        Set.of(names).forEach(m::remove);
        return m;
    }

    static String[] names(String... names) {
        return names;
    }
}
