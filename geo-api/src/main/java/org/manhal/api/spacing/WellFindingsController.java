package org.manhal.api.spacing;

import org.manhal.spacing.RecordedFindings;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.well.WellId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spacing findings recorded with a well: at its inventory registration (which they never
 * block) and at its permit. {@code POST} checks the well again against today's rules and records
 * that too.
 */
@RestController
class WellFindingsController {

    private final SpacingCheckService service;

    WellFindingsController(SpacingCheckService service) {
        this.service = service;
    }

    /** {@code {"wellId", "checks": [verdict + applicationType + checkedAt, oldest first]}}. */
    @GetMapping("/api/wells/{id}/findings")
    ObjectNode findings(@PathVariable long id) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("wellId", id);
        ArrayNode checks = body.putArray("checks");
        for (RecordedFindings recorded : service.findingsOf(new WellId(id))) {
            checks.add(SpacingJson.recorded(recorded));
        }
        return body;
    }

    @PostMapping("/api/wells/{id}/findings")
    ObjectNode recheck(@PathVariable long id) {
        return SpacingJson.recorded(service.recheck(new WellId(id)));
    }
}
