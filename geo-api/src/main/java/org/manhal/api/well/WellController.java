package org.manhal.api.well;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.manhal.api.ApiRequests;
import org.manhal.api.security.PersonalDataAccess;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.well.Well;
import org.manhal.well.WellChange;
import org.manhal.well.WellDetails;
import org.manhal.well.WellId;
import org.manhal.well.WellPage;
import org.manhal.well.WellQuery;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wells API: RFC 7946 GeoJSON in and out. Parses, delegates to {@link WellRegistry}, formats;
 * no rule lives here. Reads answer an {@code ETag} (the well's version); writes honour
 * {@code If-Match} and answer 412 when the well changed meanwhile.
 */
@RestController
@RequestMapping("/api/wells")
class WellController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Longer than any registry number the registry makes or an import keeps. */
    private static final int REGISTRY_NUMBER_MAX_LENGTH = 100;

    private final WellRegistry registry;
    private final WellJson json;
    private final ApiRequests requests;
    private final PersonalDataAccess personalData;

    WellController(WellRegistry registry, WellJson json, ApiRequests requests, PersonalDataAccess personalData) {
        this.registry = registry;
        this.json = json;
        this.requests = requests;
        this.personalData = personalData;
    }

    @PostMapping(consumes = {"application/geo+json", "application/json"})
    ResponseEntity<JsonNode> register(@RequestBody String body) {
        WellDetails details = details(body, registry::check);
        Well well = inApiTerms(() -> registry.register(details, actor()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(well.id()).toUri();
        return ResponseEntity.created(location).eTag(etag(well)).contentType(GEO_JSON)
                .body(json.write(well, echoed()));
    }

    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(@PathVariable long id) {
        Well well = registry.getCurrent(new WellId(id));
        WellJson.PersonalData personal = personalData.readRecord("well:" + id)
                ? WellJson.PersonalData.INCLUDE : WellJson.PersonalData.EXCLUDE;
        return ResponseEntity.ok().eTag(etag(well)).contentType(GEO_JSON).body(json.write(well, personal));
    }

    @PutMapping(path = "/{id}", consumes = {"application/geo+json", "application/json"})
    ResponseEntity<JsonNode> correct(@PathVariable long id, @RequestBody String body,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        WellId wellId = new WellId(id);
        Long expected = requests.version(ifMatch);
        WellDetails details = details(body, d -> registry.checkChange(wellId, d));
        Well well = inApiTerms(() -> registry.correct(wellId, details, expected, actor()));
        return ResponseEntity.ok().eTag(etag(well)).contentType(GEO_JSON).body(json.write(well, echoed()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) String reason,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        registry.delete(new WellId(id), reason, requests.version(ifMatch), actor());
        return ResponseEntity.noContent().build();
    }

    /**
     * Wells in a bounding box, filtered, one page at a time, by id. The owner (personal data) is
     * never listed: the map and other bulk readers see public attributes only.
     */
    @GetMapping
    ResponseEntity<JsonNode> find(@RequestParam(required = false) String bbox,
                                  @RequestParam(required = false) String use,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String limit,
                                  @RequestParam(required = false) String offset,
                                  @RequestParam(required = false) String registryNumber) {
        List<Violation> violations = new ArrayList<>();
        WellQuery query = new WellQuery(requests.bbox(bbox, violations),
                requests.enumParam("use", use, WellUse.class, violations),
                requests.enumParam("status", status, WellStatus.class, violations),
                (int) requests.longParam("limit", limit, WellQuery.DEFAULT_LIMIT, 1, WellQuery.MAX_LIMIT, violations),
                requests.longParam("offset", offset, 0, 0, Long.MAX_VALUE, violations),
                requests.textParam("registryNumber", registryNumber, REGISTRY_NUMBER_MAX_LENGTH, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        WellPage page = registry.find(query);
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection(page, query));
    }

    private ObjectNode collection(WellPage page, WellQuery q) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        page.wells().forEach(w -> features.add(json.write(w, WellJson.PersonalData.EXCLUDE)));
        fc.put("numberMatched", page.numberMatched());
        fc.put("numberReturned", page.wells().size());
        ArrayNode links = fc.putArray("links");
        links.add(link("self", q.offset(), q.limit()));
        if (q.offset() + page.wells().size() < page.numberMatched()) {
            links.add(link("next", q.offset() + q.limit(), q.limit()));
        }
        if (q.offset() > 0) {
            links.add(link("prev", Math.max(0, q.offset() - q.limit()), q.limit()));
        }
        return fc;
    }

    private static ObjectNode link(String rel, long offset, int limit) {
        String href = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", offset).replaceQueryParam("limit", limit).toUriString();
        ObjectNode link = NODES.objectNode();
        link.put("rel", rel);
        link.put("type", GEO_JSON.toString());
        link.put("href", href);
        return link;
    }

    /**
     * Every recorded change of a well, oldest first: who, when, the changed fields' old and new
     * values. Also for deleted wells: their history is what remains of them.
     */
    @GetMapping("/{id}/history")
    ObjectNode history(@PathVariable long id) {
        WellId wellId = new WellId(id);
        Well well = registry.get(wellId);
        ObjectNode body = NODES.objectNode();
        body.put("wellId", id);
        body.put("registryNumber", well.registryNumber());
        ArrayNode changes = body.putArray("changes");
        boolean personal = personalData.readRecord("well:" + id + ":history");
        for (WellChange c : registry.history(wellId)) {
            ObjectNode change = changes.addObject();
            change.put("version", c.version());
            change.put("action", c.action());
            change.put("changedAt", c.changedAt().toString());
            change.put("changedBy", c.changedBy());
            change.put("reason", c.reason());
            change.put("requestId", c.requestId());
            change.set("oldValues", values(c.oldValues(), personal));
            change.set("newValues", values(c.newValues(), personal));
        }
        return body;
    }

    /** History values as recorded; without the owner and plot unless the caller may see them. */
    private JsonNode values(String recorded, boolean personal) {
        if (recorded == null) {
            return NODES.nullNode();
        }
        JsonNode values = requests.parse(recorded);
        if (!personal && values instanceof ObjectNode o) {
            PERSONAL_HISTORY_FIELDS.forEach(o::remove);
        }
        return values;
    }

    /** The columns of the history's JSON (well_json, V8) that identify a person. */
    private static final List<String> PERSONAL_HISTORY_FIELDS = List.of("owner_name", "owner_civil_id", "plot_number");

    /** What a write's answer echoes: the owner only to roles that may read it (the writer's own input, not audited as a read). */
    private WellJson.PersonalData echoed() {
        return personalData.mayRead() ? WellJson.PersonalData.INCLUDE : WellJson.PersonalData.EXCLUDE;
    }

    /** Parses and checks the request body; every problem of form and of substance in one answer. */
    private WellDetails details(String body, Function<WellDetails, List<Violation>> domainCheck) {
        List<Violation> violations = new ArrayList<>();
        WellDetails details = json.read(requests.parse(body), violations);
        if (details != null) {
            Set<String> reported = violations.stream().map(Violation::field).collect(Collectors.toSet());
            domainCheck.apply(details).stream()
                    .map(WellController::inApiTerms)
                    .filter(v -> reported.stream().noneMatch(r -> r.startsWith(v.field())))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details;
    }

    /** Runs a registry write, naming the fields of any violation as the API does. */
    private static Well inApiTerms(Supplier<Well> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(WellController::inApiTerms).toList());
        }
    }

    private static Violation inApiTerms(Violation v) {
        return new Violation(WellJson.apiField(v.field()), v.code(), v.message());
    }

    private static String etag(Well well) {
        return "\"" + well.version() + "\"";
    }

    private Actor actor() {
        return requests.actor();
    }
}
