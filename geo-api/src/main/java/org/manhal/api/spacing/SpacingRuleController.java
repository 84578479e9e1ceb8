package org.manhal.api.spacing;

import java.util.ArrayList;
import java.util.List;

import org.manhal.api.AdminOnly;
import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.rules.SpacingRule;
import org.manhal.spacing.RuleChange;
import org.manhal.spacing.SpacingRules;
import org.manhal.spacing.StoredRule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Administration of the spacing rules (admin role): list, read, create or change (PUT, with
 * {@code If-Match} against the rule's version), and the audit trail of a rule. A change applies to
 * every check that starts after it.
 */
@RestController
@RequestMapping("/api/spacing-rules")
@AdminOnly
class SpacingRuleController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SpacingRules rules;
    private final ApiRequests requests;

    SpacingRuleController(SpacingRules rules, ApiRequests requests) {
        this.rules = rules;
        this.requests = requests;
    }

    @GetMapping
    ObjectNode list() {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray("rules");
        rules.list().forEach(r -> array.add(RuleJson.write(r)));
        return body;
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(@PathVariable String id) {
        StoredRule rule = rules.get(id);
        return ResponseEntity.ok().eTag(etag(rule)).body(RuleJson.write(rule));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<ObjectNode> put(@PathVariable String id, @RequestBody String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        JsonNode json = requests.parse(body);
        List<Violation> violations = new ArrayList<>();
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON يصف القاعدة.", "The request body must be a JSON object describing the rule."));
        }
        if (json.has("id") && !json.get("id").asString("").equals(id)) {
            violations.add(Violation.of("id", "ID_MISMATCH", "المعرّف في الجسم يختلف عن المعرّف في المسار.",
                    "The id in the body differs from the id in the path."));
        }
        SpacingRule rule = RuleJson.read(id, json, violations);
        RuleJson.requireValid(violations);
        StoredRule stored = rules.put(rule, RuleJson.enabled(json), expected, requests.actor());
        return ResponseEntity.ok().eTag(etag(stored)).body(RuleJson.write(stored));
    }

    /** {@code {"ruleId", "changes": [{action, version, changedAt, changedBy, oldValues, newValues}]}}, oldest first. */
    @GetMapping("/{id}/audit")
    ObjectNode audit(@PathVariable String id) {
        ObjectNode body = NODES.objectNode();
        body.put("ruleId", id);
        ArrayNode changes = body.putArray("changes");
        for (RuleChange c : rules.audit(id)) {
            changes.add(RuleJson.change(c, c.oldValues() == null ? NODES.nullNode() : requests.parse(c.oldValues()),
                    requests.parse(c.newValues())));
        }
        return body;
    }

    private static String etag(StoredRule rule) {
        return "\"" + rule.version() + "\"";
    }
}
