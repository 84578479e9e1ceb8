package org.manhal.api.publishing;

/** The type of a published attribute, as JSON Schema (queryables, OpenAPI) and the filter parser see it. */
public enum AttributeType {
    STRING("string", null),
    INTEGER("integer", null),
    NUMBER("number", null),
    BOOLEAN("boolean", null),
    DATE("string", "date"),
    DATE_TIME("string", "date-time");

    private final String jsonType;
    private final String jsonFormat;

    AttributeType(String jsonType, String jsonFormat) {
        this.jsonType = jsonType;
        this.jsonFormat = jsonFormat;
    }

    /** The JSON Schema {@code type}. */
    public String jsonType() {
        return jsonType;
    }

    /** The JSON Schema {@code format}, or null. */
    public String jsonFormat() {
        return jsonFormat;
    }
}
