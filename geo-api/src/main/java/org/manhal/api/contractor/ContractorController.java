package org.manhal.api.contractor;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.contractor.CompletionDetails;
import org.manhal.contractor.CompletionReport;
import org.manhal.contractor.Contractor;
import org.manhal.contractor.ContractorStatus;
import org.manhal.contractor.Contractors;
import org.manhal.contractor.LicenceClass;
import org.manhal.permit.Application;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drilling contractors and completion reports: the contractor registry, the contractor named on
 * an approved permit, and the report of the completed well. Parses, delegates to
 * {@link Contractors}, formats.
 */
@RestController
class ContractorController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Contractors contractors;
    private final ApiRequests requests;

    ContractorController(Contractors contractors, ApiRequests requests) {
        this.contractors = contractors;
        this.requests = requests;
    }

    @PostMapping(path = "/api/contractors", consumes = "application/json")
    ResponseEntity<ObjectNode> register(@RequestBody String body) {
        JsonNode json = object(body);
        List<Violation> v = new ArrayList<>();
        Contractor c = new Contractor(text(json, "licenceNumber", v), text(json, "name", v),
                code(json, "licenceClass", LicenceClass.class, v), date(json, "validFrom", v), date(json, "validUntil", v),
                json.hasNonNull("status") ? code(json, "status", ContractorStatus.class, v) : ContractorStatus.ACTIVE);
        throwIfAny(v);
        Contractor saved = contractors.register(c);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{licence}")
                .buildAndExpand(saved.licenceNumber()).toUri();
        return ResponseEntity.created(location).body(write(saved));
    }

    @GetMapping("/api/contractors")
    ObjectNode all() {
        ObjectNode o = NODES.objectNode();
        ArrayNode list = o.putArray("contractors");
        contractors.all(requests.actor()).forEach(c -> list.add(write(c)));
        return o;
    }

    @GetMapping("/api/contractors/{licenceNumber}")
    ObjectNode get(@PathVariable String licenceNumber) {
        return write(contractors.get(licenceNumber, requests.actor()));
    }

    @PostMapping(path = "/api/applications/{reference}/contractor", consumes = "application/json")
    ObjectNode assign(@PathVariable String reference, @RequestBody String body) {
        JsonNode json = object(body);
        List<Violation> v = new ArrayList<>();
        String licence = text(json, "licenceNumber", v);
        throwIfAny(v);
        Application a = contractors.assign(reference, licence, requests.actor());
        ObjectNode o = NODES.objectNode();
        o.put("reference", a.reference());
        o.put("licenceNumber", licence);
        o.put("version", a.version());
        return o;
    }

    @PostMapping(path = "/api/permits/{reference}/completion", consumes = {"application/json", "application/geo+json"})
    ResponseEntity<ObjectNode> report(@PathVariable String reference, @RequestBody String body) {
        JsonNode json = object(body);
        List<Violation> v = new ArrayList<>();
        Point location = GeoJson.readPoint(json.get("location"), "location", v);
        CompletionDetails d = new CompletionDetails(text(json, "licenceNumber", v), location, number(json, "depthM", v),
                number(json, "diameterMm", v), number(json, "staticWaterLevelM", v), number(json, "yieldM3PerDay", v),
                number(json, "ecUsPerCm", v), date(json, "drilledOn", v));
        throwIfAny(v);
        CompletionReport r = contractors.reportCompletion(reference, d, requests.actor());
        return ResponseEntity.status(HttpStatus.CREATED).body(write(r));
    }

    @GetMapping("/api/permits/{reference}/completion")
    ObjectNode getReport(@PathVariable String reference) {
        return write(contractors.report(reference, requests.actor()));
    }

    private ObjectNode write(CompletionReport r) {
        ObjectNode o = NODES.objectNode();
        o.put("reference", r.reference());
        o.put("wellId", r.wellId());
        o.put("wellStatus", r.wellStatus().name());
        o.put("licenceNumber", r.details().licenceNumber());
        o.set("location", GeoJson.write(r.details().location()));
        o.put("depthM", r.details().depthM());
        o.put("diameterMm", r.details().diameterMm());
        o.put("staticWaterLevelM", r.details().staticWaterLevelM());
        o.put("yieldM3PerDay", r.details().yieldM3PerDay());
        o.put("ecUsPerCm", r.details().ecUsPerCm());
        o.put("drilledOn", r.details().drilledOn().toString());
        o.put("movedM", r.movedM());
        o.put("toleranceM", r.toleranceM());
        ArrayNode findings = o.putArray("findings");
        if (r.movedBeyondTolerance()) {
            ObjectNode f = findings.addObject();
            f.put("code", "MOVED_BEYOND_TOLERANCE");
            f.put("measuredDistanceM", r.movedM());
            f.put("limit", r.toleranceM());
            f.put("messageAr", "حُفرت البئر على بعد " + r.movedM() + " م من الموقع المصرّح به (المسموح " + r.toleranceM() + " م).");
            f.put("messageEn", "The well was drilled " + r.movedM() + " m from the permitted location (tolerance "
                    + r.toleranceM() + " m).");
        }
        o.set("verdict", r.verdictJson() == null ? NODES.nullNode() : requests.parse(r.verdictJson()));
        o.put("reportedAt", r.reportedAt().toString());
        return o;
    }

    private static ObjectNode write(Contractor c) {
        ObjectNode o = NODES.objectNode();
        o.put("licenceNumber", c.licenceNumber());
        o.put("name", c.name());
        o.put("licenceClass", c.licenceClass().name());
        o.put("validFrom", c.validFrom().toString());
        o.put("validUntil", c.validUntil().toString());
        o.put("status", c.status().name());
        return o;
    }

    private JsonNode object(String body) {
        JsonNode json = requests.parse(body);
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON.", "The request body must be a JSON object."));
        }
        return json;
    }

    private static void throwIfAny(List<Violation> v) {
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static String text(JsonNode json, String field, List<Violation> v) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            v.add(Violation.of(field, "NOT_A_STRING", "الحقل " + field + " يجب أن يكون نصاً.", "The field " + field + " must be a string."));
            return null;
        }
        return n.asString().strip();
    }

    private static Double number(JsonNode json, String field, List<Violation> v) {
        JsonNode n = json.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            v.add(Violation.of(field, "NOT_A_NUMBER", "الحقل " + field + " يجب أن يكون رقماً.", "The field " + field + " must be a number."));
            return null;
        }
        return n.doubleValue();
    }

    private static LocalDate date(JsonNode json, String field, List<Violation> v) {
        String s = text(json, field, v);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "INVALID_DATE", "الحقل " + field + " يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD.",
                    "The field " + field + " must be a date, YYYY-MM-DD."));
            return null;
        }
    }

    private static <E extends Enum<E>> E code(JsonNode json, String field, Class<E> type, List<Violation> v) {
        String s = text(json, field, v);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        v.add(Violation.unknownValue(field, s, type.getEnumConstants()));
        return null;
    }
}
