package org.manhal.api.zoning;

import org.manhal.api.ApiRequests;
import org.manhal.zoning.ZoningChecks;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/checks/zoning}: checks a proposed building against its plot and the zoning and
 * answers the verdict with every finding. Read-only: nothing is recorded.
 */
@RestController
class ZoningCheckController {

    private final ApiRequests requests;
    private final ZoningChecks checks;

    ZoningCheckController(ApiRequests requests, ZoningChecks checks) {
        this.requests = requests;
        this.checks = checks;
    }

    @PostMapping(path = "/api/checks/zoning", consumes = {"application/json", "application/geo+json"})
    ObjectNode check(@RequestBody String body) {
        return ZoningJson.verdict(checks.check(ZoningJson.request(requests.parse(body))));
    }
}
