package org.manhal.api.publishing;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.manhal.common.Text;

/**
 * One published attribute of a layer: the name clients see (the REST API's property name where
 * there is one), the column of the publication view it comes from, its type and its title.
 *
 * @param name   the property name in GeoJSON, tiles, queryables and filters
 * @param column the column of the layer's publication view (a plain SQL identifier)
 * @param type   its type
 * @param title  its title in Arabic and English
 * @param values the values it can take (a code list), empty when open
 */
public record Attribute(String name, String column, AttributeType type, Text title, List<String> values) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public Attribute {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        // Names and columns are written into SQL and mapfiles: the catalogue only holds plain ones.
        if (!NAME.matcher(name).matches() || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("not a plain name or column: " + name + " / " + column);
        }
        values = List.copyOf(values);
    }

    /** An attribute with an open set of values. */
    public static Attribute of(String name, String column, AttributeType type, String ar, String en) {
        return new Attribute(name, column, type, new Text(ar, en), List.of());
    }

    /** An attribute whose values are a code list (an enum's names). */
    public static Attribute coded(String name, String column, String ar, String en, Enum<?>[] codes) {
        return new Attribute(name, column, AttributeType.STRING, new Text(ar, en),
                java.util.Arrays.stream(codes).map(Enum::name).toList());
    }
}
