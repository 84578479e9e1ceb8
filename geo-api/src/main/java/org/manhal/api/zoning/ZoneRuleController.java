package org.manhal.api.zoning;

import java.util.ArrayList;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.api.RuleAdministration;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Administration of the zone rules: list, read, create or change (PUT with {@code If-Match}
 * against the rule's version; an optional {@code reason} kept in the audit), and the audit trail
 * of a rule. A change applies to every check that starts after it. Who may change them is
 * AccessRules' line for the route (admin).
 */
@RestController
@RequestMapping("/api/admin/zone-rules")
class ZoneRuleController {

    private final ZoneRules rules;
    private final ApiRequests requests;
    private final RuleAdministration<StoredZoneRule, ZoneRuleChange> administration;

    ZoneRuleController(ZoneRules rules, ApiRequests requests) {
        this.rules = rules;
        this.requests = requests;
        this.administration = new RuleAdministration<>(requests, ZoningJson::rule, StoredZoneRule::version,
                ZoningJson::change, ZoneRuleChange::oldValues, ZoneRuleChange::newValues);
    }

    @GetMapping
    ObjectNode list() {
        return administration.list(rules.list());
    }

    @GetMapping("/{code}")
    ResponseEntity<ObjectNode> get(@PathVariable String code) {
        return administration.answer(rules.get(code));
    }

    @PutMapping(path = "/{code}", consumes = "application/json")
    ResponseEntity<ObjectNode> put(@PathVariable String code, @RequestBody String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        List<Violation> violations = new ArrayList<>();
        JsonNode json = administration.changeBody(body, "code", code, new Text("الرمز", "code"), violations);
        ZoneRule rule = ZoningJson.rule(code, json, violations);
        String reason = json.hasNonNull("reason") ? ZoningJson.text(json.get("reason"), "reason", violations) : null;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return administration.answer(rules.put(rule, json.path("enabled").asBoolean(true), expected, requests.actor(), reason));
    }

    /** {@code {"code", "changes": [...]}}, oldest first. */
    @GetMapping("/{code}/audit")
    ObjectNode audit(@PathVariable String code) {
        return administration.audit("code", code, rules.audit(code));
    }
}
