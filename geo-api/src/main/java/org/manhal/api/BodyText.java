package org.manhal.api;

import java.util.List;
import java.util.Map;

import org.manhal.common.Violation;

import tools.jackson.databind.JsonNode;

/**
 * The text of every JSON body, checked once where bodies are parsed ({@link ApiRequests#parse}),
 * so that no field of any endpoint can carry what the registry must not store: a NUL (PostgreSQL
 * refuses it), another control character (invisible in a record, a log or a CSV), a lone UTF-16
 * surrogate (the driver would silently store a '?'), or more than {@value #MAX_LENGTH}
 * characters (no field of a well, rule or application needs more; a megabyte "note" is an attack
 * on the database and on every reader). Tabs and line breaks are text.
 */
final class BodyText {

    static final int MAX_LENGTH = 10_000;

    /** Field names are checked too: a hostile key ends up in error messages. */
    private static final int MAX_VIOLATIONS = 20;

    private BodyText() {
    }

    static void check(JsonNode node, String path, List<Violation> violations) {
        if (violations.size() >= MAX_VIOLATIONS) {
            return;
        }
        if (node.isString()) {
            Violation v = problem(node.asString(), path.isEmpty() ? "body" : path);
            if (v != null) {
                violations.add(v);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                Violation v = problem(key, path.isEmpty() ? "body" : path);
                if (v != null) {
                    violations.add(v);
                    continue;
                }
                check(e.getValue(), path.isEmpty() ? key : path + "." + key, violations);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }

    /** The problem of one text, or null when it is acceptable; also for query parameters. */
    static Violation problem(String s, String field) {
        if (s.length() > MAX_LENGTH) {
            return Violation.of(field, "TEXT_TOO_LONG",
                    "النص في " + field + " أطول من " + MAX_LENGTH + " حرف.",
                    "The text of " + field + " is longer than " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || lone) {
                return Violation.of(field, "INVALID_TEXT",
                        "النص في " + field + " فيه حرف لا يُقبل (حرف تحكم أو NUL أو ترميز UTF-16 ناقص) في الموضع " + i + ".",
                        "The text of " + field + " holds a character that is not accepted (a control character, NUL or"
                                + " half a UTF-16 pair) at position " + i + ".");
            }
        }
        return null;
    }
}
