package org.manhal.api.spacing;

import org.manhal.spacing.SpacingCheckService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/checks/well-spacing}: checks a proposed well against the spacing and
 * protection-zone rules and answers the verdict with every broken rule's nearest findings.
 * Read-only: nothing is recorded (the map calls it while a point is dragged).
 */
@RestController
class SpacingCheckController {

    private final CheckRequestReader reader;
    private final SpacingCheckService service;

    SpacingCheckController(CheckRequestReader reader, SpacingCheckService service) {
        this.reader = reader;
        this.service = service;
    }

    @PostMapping(path = "/api/checks/well-spacing", consumes = {"application/json", "application/geo+json"})
    ObjectNode check(@RequestBody String body) {
        return SpacingJson.verdict(service.check(reader.read(body)));
    }
}
