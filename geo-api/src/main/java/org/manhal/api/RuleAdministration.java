package org.manhal.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the administration endpoints of rules kept as data share (the spacing rules, the zone
 * rules): the list, one rule with its version as the {@code ETag} that a change's
 * {@code If-Match} names, the body of a change (an object whose key, when given, is the path's),
 * and the audit trail with the trigger's JSON snapshots parsed. Each kind of rule says only how
 * its rule and its change are written.
 *
 * @param <S> a stored rule (with its version)
 * @param <C> one audited change of such a rule
 */
public final class RuleAdministration<S, C> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How one audited change is written, given its parsed before and after snapshots. */
    @FunctionalInterface
    public interface ChangeWriter<C> {
        ObjectNode write(C change, JsonNode oldValues, JsonNode newValues);
    }

    private final ApiRequests requests;
    private final Function<S, ObjectNode> rule;
    private final ToLongFunction<S> version;
    private final ChangeWriter<C> change;
    private final Function<C, String> oldValues;
    private final Function<C, String> newValues;

    public RuleAdministration(ApiRequests requests, Function<S, ObjectNode> rule, ToLongFunction<S> version,
                              ChangeWriter<C> change, Function<C, String> oldValues, Function<C, String> newValues) {
        this.requests = requests;
        this.rule = rule;
        this.version = version;
        this.change = change;
        this.oldValues = oldValues;
        this.newValues = newValues;
    }

    /** {@code {"rules": [...]}}. */
    public ObjectNode list(List<S> rules) {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray("rules");
        rules.forEach(r -> array.add(rule.apply(r)));
        return body;
    }

    /** The rule, its version as the ETag. */
    public ResponseEntity<ObjectNode> answer(S stored) {
        return ResponseEntity.ok().eTag("\"" + version.applyAsLong(stored) + "\"").body(rule.apply(stored));
    }

    /**
     * The body of a change: a JSON object, or a 400. A key in the body that differs from the
     * path's is added to {@code violations} (code {@code <FIELD>_MISMATCH}), so that it is
     * reported with the rule's own problems.
     */
    public JsonNode changeBody(String body, String keyField, String key, Text keyName, List<Violation> violations) {
        JsonNode json = requests.parse(body);
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON يصف القاعدة.", "The request body must be a JSON object describing the rule."));
        }
        if (json.has(keyField) && !json.get(keyField).asString("").equals(key)) {
            violations.add(Violation.of(keyField, keyField.toUpperCase() + "_MISMATCH",
                    keyName.ar() + " في الجسم يختلف عن " + keyName.ar() + " في المسار.",
                    "The " + keyName.en() + " in the body differs from the " + keyName.en() + " in the path."));
        }
        return json;
    }

    /** {@code {keyField: key, "changes": [...]}}, oldest first. */
    public ObjectNode audit(String keyField, String key, List<C> changes) {
        ObjectNode body = NODES.objectNode();
        body.put(keyField, key);
        ArrayNode array = body.putArray("changes");
        for (C c : changes) {
            String before = oldValues.apply(c);
            array.add(change.write(c, before == null ? NODES.nullNode() : requests.parse(before), requests.parse(newValues.apply(c))));
        }
        return body;
    }
}
