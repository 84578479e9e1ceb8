package org.manhal.api.zoning;

import java.util.ArrayList;
import java.util.List;

import org.manhal.api.AdminOnly;
import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.zoning.StoredZoneRule;
import org.manhal.zoning.ZoneRule;
import org.manhal.zoning.ZoneRuleChange;
import org.manhal.zoning.ZoneRules;
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
 * Administration of the zone rules (admin role): list, read, create or change (PUT with
 * {@code If-Match} against the rule's version; an optional {@code reason} kept in the audit), and
 * the audit trail of a rule. A change applies to every check that starts after it.
 */
@RestController
@RequestMapping("/api/admin/zone-rules")
@AdminOnly
class ZoneRuleController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ZoneRules rules;
    private final ApiRequests requests;

    ZoneRuleController(ZoneRules rules, ApiRequests requests) {
        this.rules = rules;
        this.requests = requests;
    }

    @GetMapping
    ObjectNode list() {
        ObjectNode body = NODES.objectNode();
        ArrayNode array = body.putArray("rules");
        rules.list().forEach(r -> array.add(ZoningJson.rule(r)));
        return body;
    }

    @GetMapping("/{code}")
    ResponseEntity<ObjectNode> get(@PathVariable String code) {
        StoredZoneRule rule = rules.get(code);
        return ResponseEntity.ok().eTag(etag(rule)).body(ZoningJson.rule(rule));
    }

    @PutMapping(path = "/{code}", consumes = "application/json")
    ResponseEntity<ObjectNode> put(@PathVariable String code, @RequestBody String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        JsonNode json = requests.parse(body);
        ZoningJson.requireObject(json);
        List<Violation> violations = new ArrayList<>();
        if (json.has("code") && !json.get("code").asString("").equals(code)) {
            violations.add(Violation.of("code", "CODE_MISMATCH", "الرمز في الجسم يختلف عن الرمز في المسار.",
                    "The code in the body differs from the code in the path."));
        }
        ZoneRule rule = ZoningJson.rule(code, json, violations);
        String reason = json.hasNonNull("reason") ? ZoningJson.text(json.get("reason"), "reason", violations) : null;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        StoredZoneRule stored = rules.put(rule, json.path("enabled").asBoolean(true), expected, requests.actor(), reason);
        return ResponseEntity.ok().eTag(etag(stored)).body(ZoningJson.rule(stored));
    }

    /** {@code {"code", "changes": [...]}}, oldest first. */
    @GetMapping("/{code}/audit")
    ObjectNode audit(@PathVariable String code) {
        ObjectNode body = NODES.objectNode();
        body.put("code", code);
        ArrayNode changes = body.putArray("changes");
        for (ZoneRuleChange c : rules.audit(code)) {
            changes.add(ZoningJson.change(c, c.oldValues() == null ? NODES.nullNode() : requests.parse(c.oldValues()),
                    requests.parse(c.newValues())));
        }
        return body;
    }

    private static String etag(StoredZoneRule rule) {
        return "\"" + rule.version() + "\"";
    }
}
