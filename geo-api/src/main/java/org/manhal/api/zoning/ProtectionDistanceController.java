package org.manhal.api.zoning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.api.RuleAdministration;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.rules.RuleOutcome;
import org.manhal.zoning.ProtectionDistance;
import org.manhal.zoning.ProtectionDistances;
import org.manhal.zoning.ZoneRuleChange;
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
 * Administration of the distances a building keeps from aflaj and public supply wells: list,
 * read, change (PUT with {@code If-Match} against the version; an optional {@code reason} kept in
 * the audit) and the audit trail. The kinds are fixed; a change applies to the next zoning check.
 * Who may change them is AccessRules' line for the route (admin).
 */
@RestController
@RequestMapping("/api/admin/zoning-protection-distances")
class ProtectionDistanceController {

    private final ProtectionDistances distances;
    private final ApiRequests requests;
    private final RuleAdministration<ProtectionDistance, ZoneRuleChange> administration;

    ProtectionDistanceController(ProtectionDistances distances, ApiRequests requests) {
        this.distances = distances;
        this.requests = requests;
        this.administration = new RuleAdministration<>(requests, ZoningJson::protectionDistance, ProtectionDistance::version,
                ZoningJson::change, ZoneRuleChange::oldValues, ZoneRuleChange::newValues);
    }

    @GetMapping
    ObjectNode list() {
        return administration.list(distances.list());
    }

    @GetMapping("/{kind}")
    ResponseEntity<ObjectNode> get(@PathVariable String kind) {
        return administration.answer(distances.get(kind));
    }

    @PutMapping(path = "/{kind}", consumes = "application/json")
    ResponseEntity<ObjectNode> put(@PathVariable String kind, @RequestBody String body,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        distances.get(kind);
        List<Violation> violations = new ArrayList<>();
        JsonNode json = administration.changeBody(body, "kind", kind, new Text("النوع", "kind"), violations);
        BigDecimal distance = ZoningJson.protectionDistanceM(json, violations);
        RuleOutcome outcome = ZoningJson.code(json.get("outcome"), "outcome", RuleOutcome.values(), violations);
        String reference = ZoningJson.text(json.get("legalReference"), "legalReference", violations);
        String reason = json.hasNonNull("reason") ? ZoningJson.text(json.get("reason"), "reason", violations) : null;
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return administration.answer(distances.put(kind, distance, outcome, reference, expected, requests.actor(), reason));
    }

    /** {@code {"kind", "changes": [...]}}, oldest first. */
    @GetMapping("/{kind}/audit")
    ObjectNode audit(@PathVariable String kind) {
        return administration.audit("kind", kind, distances.audit(kind));
    }
}
