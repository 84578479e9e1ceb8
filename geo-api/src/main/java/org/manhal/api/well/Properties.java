package org.manhal.api.well;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.manhal.common.Violation;

import tools.jackson.databind.JsonNode;

/**
 * Typed reads of a JSON object's members, each problem a {@link Violation} named by its path
 * ({@code properties.depthM}); a missing or null member reads as null (the domain decides whether
 * it was required).
 */
final class Properties {

    private final JsonNode node;
    private final String path;
    private final List<Violation> violations;

    Properties(JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    JsonNode node(String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v;
    }

    Double number(String field) {
        JsonNode v = node(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            violations.add(Violation.of(path + field, "NOT_A_NUMBER",
                    "الحقل " + field + " يجب أن يكون رقماً، وليس " + v + ".", field + " must be a number, not " + v + "."));
            return null;
        }
        return v.doubleValue();
    }

    String text(String field) {
        JsonNode v = node(field);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            violations.add(Violation.of(path + field, "NOT_A_STRING",
                    "الحقل " + field + " يجب أن يكون نصاً.", field + " must be a string."));
            return null;
        }
        return v.asString();
    }

    LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(path + field, "INVALID_DATE",
                    "التاريخ «" + v + "» في الحقل " + field + " غير صالح: اكتبه بالصيغة YYYY-MM-DD.",
                    "The date '" + v + "' in " + field + " is invalid: write it as YYYY-MM-DD."));
            return null;
        }
    }

    <E extends Enum<E>> E code(String field, Class<E> type) {
        JsonNode v = node(field);
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.asString())) {
                    return e;
                }
            }
        }
        violations.add(Violation.unknownValue(path + field, v.isString() ? v.asString() : v.toString(), type.getEnumConstants()));
        return null;
    }

    /** The member as an object to read further, or null (with a violation if it is not an object). */
    Properties object(String field) {
        JsonNode v = node(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            violations.add(Violation.of(path + field, "NOT_AN_OBJECT",
                    "الحقل " + field + " يجب أن يكون كائناً.", field + " must be an object."));
            return null;
        }
        return new Properties(v, path + field + ".", violations);
    }

    String path() {
        return path;
    }

    List<Violation> violations() {
        return violations;
    }
}
