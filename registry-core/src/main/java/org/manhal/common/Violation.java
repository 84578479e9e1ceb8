package org.manhal.common;

import java.util.Arrays;
import java.util.Collection;
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

    /** {@code UNKNOWN_VALUE}: a code that is not one of the allowed ones, listing them. */
    public static Violation unknownValue(String field, String value, Collection<String> allowed) {
        String list = String.join(", ", allowed);
        return of(field, "UNKNOWN_VALUE",
                "القيمة «" + value + "» غير معروفة في " + field + ". القيم المسموحة: " + list + ".",
                "Unknown value '" + value + "' for " + field + ". Allowed values: " + list + ".");
    }

    /** {@code UNKNOWN_VALUE} for an enum-coded field: the allowed values are the constants' names. */
    public static Violation unknownValue(String field, String value, Enum<?>[] allowed) {
        return unknownValue(field, value, Arrays.stream(allowed).map(Enum::name).toList());
    }
}
