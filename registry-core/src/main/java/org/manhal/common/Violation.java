package org.manhal.common;

import java.util.Objects;

/**
 * One reason why an input is refused: the field it concerns, a stable machine-readable code and a
 * message a person understands, in Arabic and English.
 *
 * @param field the JSON path of the offending field, e.g. {@code geometry} or {@code properties.depthM}
 * @param code a stable code, e.g. {@code OUTSIDE_OMAN}; clients may switch on it
 * @param message what is wrong and, where possible, how to put it right
 */
public record Violation(String field, String code, Text message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Violation of(String field, String code, String ar, String en) {
        return new Violation(field, code, new Text(ar, en));
    }
}
