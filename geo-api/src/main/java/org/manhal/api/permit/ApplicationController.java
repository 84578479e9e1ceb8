package org.manhal.api.permit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.manhal.api.ApiRequests;
import org.manhal.api.security.PersonalDataAccess;
import org.manhal.application.ApplicationType;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.permit.Application;
import org.manhal.permit.ApplicationPage;
import org.manhal.permit.ApplicationQuery;
import org.manhal.permit.ApplicationStatus;
import org.manhal.permit.Applications;
import org.manhal.permit.Permits;
import org.manhal.permit.Submitted;
import org.manhal.permit.Transition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The applications API for staff and planners (and the portal filing on the applicant's behalf):
 * submission with an {@code Idempotency-Key}, the application with its ETag, its timeline, the
 * queue, and one route per workflow step, each honouring {@code If-Match}. Parses, delegates to
 * {@link Applications}, formats.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Applications applications;
    private final ApplicationJson json;
    private final ApiRequests requests;
    private final PersonalDataAccess personalData;
    private final Permits permits;

    ApplicationController(Applications applications, ApplicationJson json, ApiRequests requests,
                          PersonalDataAccess personalData, Permits permits) {
        this.applications = applications;
        this.permits = permits;
        this.json = json;
        this.requests = requests;
        this.personalData = personalData;
    }

    /** Files an application; the same key with the same request answers the same application again. */
    @PostMapping(consumes = {"application/json", "application/geo+json"})
    ResponseEntity<ObjectNode> submit(@RequestBody String body,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Submitted s = applications.submit(json.read(body, key), requests.actor());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{ref}")
                .buildAndExpand(s.application().reference()).toUri();
        ObjectNode answer = json.write(s.application(), ApplicationJson.PersonalData.INCLUDE);
        answer.put("accessCode", s.accessCode());
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(etag(s.application()))
                .header("Idempotent-Replayed", String.valueOf(s.replayed())).body(answer);
    }

    @GetMapping("/{reference}")
    ResponseEntity<ObjectNode> get(@PathVariable String reference) {
        Actor reader = requests.actor();
        return answer(applications.get(reference, reader), reader);
    }

    @GetMapping("/{reference}/timeline")
    ObjectNode timeline(@PathVariable String reference) {
        return json.timeline(reference, applications.timeline(reference, requests.actor()));
    }

    /** The queue, oldest first; no personal data. */
    @GetMapping
    ObjectNode find(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String wilayat, @RequestParam(required = false) String bbox,
                    @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        List<Violation> v = new ArrayList<>();
        ApplicationQuery q = new ApplicationQuery(requests.enumParam("status", status, ApplicationStatus.class, v),
                requests.enumParam("type", type, ApplicationType.class, v),
                wilayat == null || wilayat.isBlank() ? null : wilayat.strip(), requests.bbox(bbox, v),
                (int) requests.longParam("limit", limit, ApplicationQuery.DEFAULT_LIMIT, 1, ApplicationQuery.MAX_LIMIT, v),
                requests.longParam("offset", offset, 0, 0, Long.MAX_VALUE, v));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        ApplicationPage page = applications.find(q, requests.actor());
        ObjectNode o = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ArrayNode list = o.putArray("applications");
        page.applications().forEach(a -> list.add(json.write(a, ApplicationJson.PersonalData.EXCLUDE)));
        o.put("numberMatched", page.numberMatched());
        o.put("numberReturned", page.applications().size());
        return o;
    }

    /**
     * The steps of the workflow other than the approval, each at its own path (so that each has
     * its own line in AccessRules): the path's last segment names the transition.
     */
    private static final Map<String, Transition> STEPS = Map.of(
            "review", Transition.START_REVIEW,
            "information-request", Transition.REQUEST_INFORMATION,
            "resubmission", Transition.RESUBMIT,
            "withdrawal", Transition.WITHDRAW,
            "rejection", Transition.REJECT);

    @PostMapping(path = {"/{reference}/review", "/{reference}/information-request", "/{reference}/resubmission",
            "/{reference}/withdrawal", "/{reference}/rejection"}, consumes = "application/json")
    ResponseEntity<ObjectNode> step(@PathVariable String reference, @RequestBody(required = false) String body,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    HttpServletRequest request) {
        String path = request.getRequestURI();
        Transition step = STEPS.get(path.substring(path.lastIndexOf('/') + 1));
        Actor actor = requests.actor();
        return answer(applications.take(reference, step, json.reason(body), requests.version(ifMatch), actor), actor);
    }

    @PostMapping(path = "/{reference}/approval", consumes = "application/json")
    ResponseEntity<ObjectNode> approve(@PathVariable String reference, @RequestBody(required = false) String body,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = requests.actor();
        return answer(applications.approve(reference, json.reason(body), json.conditions(body), json.reviewedFindings(body),
                requests.version(ifMatch), actor), actor);
    }

    /**
     * The application with its version as ETag and the number of the permit it was issued once
     * approved (not in the queue: a query each); the applicant only as the personal-data policy
     * allows the reader (a step's answer is a read of the record as much as GET is).
     */
    private ResponseEntity<ObjectNode> answer(Application a, Actor reader) {
        // an office sees only its own filings (the domain's query), so any it reads is its own client's
        boolean applicant = personalData.readRecord("application:" + a.reference(), reader.office() != null);
        ObjectNode o = json.write(a, applicant ? ApplicationJson.PersonalData.INCLUDE : ApplicationJson.PersonalData.EXCLUDE);
        o.put("permitNumber", permits.numberOf(a.reference()));
        return ResponseEntity.ok().eTag(etag(a)).body(o);
    }

    static String etag(Application a) {
        return "\"" + a.version() + "\"";
    }
}
