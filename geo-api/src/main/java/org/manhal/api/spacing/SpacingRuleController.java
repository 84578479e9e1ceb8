package org.manhal.api.spacing;

import java.util.ArrayList;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.api.RuleAdministration;
import org.manhal.common.Text;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Administration of the spacing rules: list, read, create or change (PUT, with {@code If-Match}
 * against the rule's version), and the audit trail of a rule. A change applies to every check
 * that starts after it. Who may change them is AccessRules' line for the route (admin).
 */
@RestController
@RequestMapping("/api/spacing-rules")
class SpacingRuleController {

    private final SpacingRules rules;
    private final ApiRequests requests;
    private final RuleAdministration<StoredRule, RuleChange> administration;

    SpacingRuleController(SpacingRules rules, ApiRequests requests) {
        this.rules = rules;
        this.requests = requests;
        this.administration = new RuleAdministration<>(requests, RuleJson::write, StoredRule::version,
                RuleJson::change, RuleChange::oldValues, RuleChange::newValues);
    }

    @GetMapping
    ObjectNode list() {
        return administration.list(rules.list());
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(@PathVariable String id) {
        return administration.answer(rules.get(id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    ResponseEntity<ObjectNode> put(@PathVariable String id, @RequestBody String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        List<Violation> violations = new ArrayList<>();
        JsonNode json = administration.changeBody(body, "id", id, new Text("المعرّف", "id"), violations);
        SpacingRule rule = RuleJson.read(id, json, violations);
        RuleJson.requireValid(violations);
        return administration.answer(rules.put(rule, RuleJson.enabled(json), expected, requests.actor()));
    }

    /** {@code {"ruleId", "changes": [{action, version, changedAt, changedBy, oldValues, newValues}]}}, oldest first. */
    @GetMapping("/{id}/audit")
    ObjectNode audit(@PathVariable String id) {
        return administration.audit("ruleId", id, rules.audit(id));
    }
}
