package org.manhal.api.permit;

import jakarta.servlet.http.HttpServletRequest;

import org.manhal.api.security.PublicLookupThrottle;
import org.manhal.permit.Applications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/public/applications/{reference}} with the access code in {@code X-Access-Code}:
 * the citizen's own application, its type, status, location and the status steps with their
 * times, nothing else. A wrong reference, a wrong code and a missing code are one and the same 404,
 * and each counts against the client's limit of misses.
 */
@RestController
class PublicApplicationController {

    static final String ACCESS_CODE = "X-Access-Code";

    private final Applications applications;
    private final ApplicationJson json;
    private final PublicLookupThrottle throttle;

    PublicApplicationController(Applications applications, ApplicationJson json, PublicLookupThrottle throttle) {
        this.applications = applications;
        this.json = json;
        this.throttle = throttle;
    }

    /** Repeated misses from one client are refused 429 for a while ({@link PublicLookupThrottle}). */
    @GetMapping("/api/public/applications/{reference}")
    ObjectNode get(@PathVariable String reference, @RequestHeader(name = ACCESS_CODE, required = false) String accessCode,
                   HttpServletRequest request) {
        return json.publicView(throttle.lookUp(request.getRemoteAddr(), () -> applications.publicView(reference, accessCode)));
    }
}
