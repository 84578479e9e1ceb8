package org.manhal.api.permit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.api.zoning.ZoningJson;
import org.manhal.application.ApplicationType;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.permit.Applicant;
import org.manhal.permit.Application;
import org.manhal.permit.BuildingProposal;
import org.manhal.permit.ProposedWell;
import org.manhal.permit.PublicView;
import org.manhal.permit.Submission;
import org.manhal.permit.TimelineEntry;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.manhal.zoning.ZoningCheckRequest;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applications in JSON: the submission read with every problem at once, the application written
 * with or without its applicant (personal data), the timeline, the public view.
 */
@Component
class ApplicationJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiRequests requests;

    ApplicationJson(ApiRequests requests) {
        this.requests = requests;
    }

    /** With or without the applicant's personal data. */
    enum PersonalData { INCLUDE, EXCLUDE }

    Submission read(String body, String idempotencyKey) {
        JsonNode json = requests.parse(body);
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON.", "The request body must be a JSON object."));
        }
        List<Violation> v = new ArrayList<>();
        ApplicationType type = code(json.get("type"), "type", ApplicationType.values(), true, v);
        ZoningCheckRequest building = type == ApplicationType.BUILDING_PERMIT ? building(json.get("building"), v) : null;
        JsonNode loc = json.get("location");
        Geometry location = building != null ? building.footprint()
                : loc == null || loc.isNull() || type == ApplicationType.BUILDING_PERMIT ? null
                : GeoJson.readPoint(loc, "location", v);
        Long wellId = wholeNumber(json.get("wellId"), "wellId", v);
        JsonNode p = objectOrEmpty(json.get("proposed"), "proposed", v);
        ProposedWell proposed = new ProposedWell(code(p.get("type"), "proposed.type", WellType.values(), false, v),
                code(p.get("use"), "proposed.use", WellUse.values(), false, v),
                number(p.get("depthM"), "proposed.depthM", v), number(p.get("diameterMm"), "proposed.diameterMm", v),
                number(p.get("yieldM3PerDay"), "proposed.yieldM3PerDay", v));
        JsonNode a = objectOrEmpty(json.get("applicant"), "applicant", v);
        Applicant applicant = new Applicant(text(a.get("name"), "applicant.name", v), text(a.get("civilId"), "applicant.civilId", v),
                text(a.get("phone"), "applicant.phone", v));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        BuildingProposal proposal = building == null ? null : BuildingProposal.of(building);
        Submission s = new Submission(type, location, wellId, proposed, applicant, idempotencyKey, null, proposal);
        return new Submission(type, location, wellId, proposed, applicant, idempotencyKey, fingerprint(s), proposal);
    }

    /**
     * A building permit's {@code building}: the zoning check request's members ({@code plot} or
     * {@code plotPolygon}, {@code footprint}, {@code use}, {@code floors}, {@code heightM},
     * {@code grossFloorAreaM2}), read as {@code POST /api/checks/zoning} reads them.
     */
    private static ZoningCheckRequest building(JsonNode node, List<Violation> v) {
        if (node == null || node.isNull()) {
            v.add(Violation.of("building", "REQUIRED", "تفاصيل البناء (building) مطلوبة لطلب رخصة البناء.",
                    "The building (building) is required for a building permit."));
            return null;
        }
        try {
            return ZoningJson.request(node);
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> v.add(new Violation("building." + x.field(), x.code(), x.message())));
            return null;
        }
    }

    /** What tells a retry from another request under the same key: the submission's content, not its spelling. */
    private static String fingerprint(Submission s) {
        String content = s.type() + "|" + s.location() + "|" + s.subjectWellId() + "|" + s.proposed() + "|" + s.applicant()
                + "|" + s.building();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The reason of a step, from an optional body {@code {"reason": "..."}} (or {@code reasons}). */
    String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode json = requests.parse(body);
        JsonNode r = json.isObject() ? (json.has("reason") ? json.get("reason") : json.get("reasons")) : null;
        List<Violation> v = new ArrayList<>();
        String reason = text(r, "reason", v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return reason;
    }

    /** Whether an approval body says {@code "reviewedFindings": true}; anything but a boolean is a 400. */
    boolean reviewedFindings(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        JsonNode json = requests.parse(body);
        JsonNode r = json.isObject() ? json.get("reviewedFindings") : null;
        if (r == null || r.isNull()) {
            return false;
        }
        if (!r.isBoolean()) {
            throw new InvalidInputException(Violation.of("reviewedFindings", "NOT_A_BOOLEAN",
                    "reviewedFindings يكون true أو false.", "reviewedFindings is true or false."));
        }
        return r.booleanValue();
    }

    /**
     * The conditions of an approval, from {@code "conditions": [{"ar": "...", "en": "..."}, ...]}
     * (optional): each a condition of the permit in both languages; the domain checks their content.
     */
    List<Text> conditions(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        JsonNode json = requests.parse(body);
        JsonNode c = json.isObject() ? json.get("conditions") : null;
        if (c == null || c.isNull()) {
            return List.of();
        }
        List<Violation> v = new ArrayList<>();
        List<Text> conditions = new ArrayList<>();
        if (!c.isArray()) {
            v.add(Violation.of("conditions", "NOT_AN_ARRAY", "الشروط (conditions) قائمة من {\"ar\": …, \"en\": …}.",
                    "The conditions are a list of {\"ar\": …, \"en\": …}."));
        } else {
            for (int i = 0; i < c.size(); i++) {
                JsonNode one = objectOrEmpty(c.get(i), "conditions[" + i + "]", v);
                String ar = text(one.get("ar"), "conditions[" + i + "].ar", v);
                String en = text(one.get("en"), "conditions[" + i + "].en", v);
                conditions.add(new Text(ar == null ? "" : ar, en == null ? "" : en));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return conditions;
    }

    ObjectNode write(Application a, PersonalData personal) {
        ObjectNode o = NODES.objectNode();
        o.put("reference", a.reference());
        o.put("type", a.type().name());
        o.put("status", a.status().name());
        o.put("statusAr", a.status().ar());
        o.set("location", GeoJson.write(a.location()));
        o.put("wilayat", a.wilayat());
        o.put("governorate", a.governorate());
        o.put("wellId", a.wellId());
        o.put("subjectWellId", a.subjectWellId());
        ObjectNode p = o.putObject("proposed");
        p.put("type", a.proposed().type() == null ? null : a.proposed().type().name());
        p.put("use", a.proposed().use() == null ? null : a.proposed().use().name());
        p.put("depthM", a.proposed().depthM());
        p.put("diameterMm", a.proposed().diameterMm());
        p.put("yieldM3PerDay", a.proposed().yieldM3PerDay());
        if (personal == PersonalData.INCLUDE && a.applicant() != null) {
            ObjectNode ap = o.putObject("applicant");
            ap.put("name", a.applicant().name());
            ap.put("civilId", a.applicant().civilId());
            ap.put("phone", a.applicant().phone());
        }
        o.put("submittedAt", a.submittedAt().toString());
        o.put("updatedAt", a.updatedAt().toString());
        o.put("version", a.version());
        if (a.building() != null) {
            ObjectNode b = o.putObject("building");
            if (a.building().plot() != null) {
                ObjectNode plot = b.putObject("plot");
                plot.put("wilayat", a.building().plot().wilayat());
                plot.put("plotNumber", a.building().plot().plotNumber());
            } else {
                b.set("plotPolygon", GeoJson.write(a.building().plotPolygon()));
            }
            b.put("use", a.building().use().name());
            b.put("floors", a.building().floors());
            b.put("heightM", a.building().heightM());
            b.put("grossFloorAreaM2", a.building().grossFloorAreaM2());
            b.set("submissionVerdict", a.submissionVerdictJson() == null ? NODES.nullNode()
                    : requests.parse(a.submissionVerdictJson()));
        }
        if (a.decision() == null) {
            o.putNull("decision");
        } else {
            ObjectNode d = o.putObject("decision");
            d.put("outcome", a.decision().outcome().name());
            d.put("reasons", a.decision().reasons());
            d.put("decidedAt", a.decision().decidedAt().toString());
            d.put("decidedBy", a.decision().decidedBy());
            d.put("findingsReviewed", a.decision().findingsReviewed());
            d.set("verdict", a.decision().verdictJson() == null ? NODES.nullNode() : requests.parse(a.decision().verdictJson()));
        }
        return o;
    }

    ObjectNode timeline(String reference, List<TimelineEntry> entries) {
        ObjectNode o = NODES.objectNode();
        o.put("reference", reference);
        ArrayNode steps = o.putArray("timeline");
        for (TimelineEntry e : entries) {
            ObjectNode s = steps.addObject();
            s.put("action", e.action());
            s.put("fromStatus", e.fromStatus() == null ? null : e.fromStatus().name());
            s.put("toStatus", e.toStatus().name());
            s.put("actor", e.actor());
            s.put("at", e.at().toString());
            s.put("reason", e.reason());
            s.put("findingsReviewed", e.findingsReviewed());
        }
        return o;
    }

    ObjectNode publicView(PublicView view) {
        ObjectNode o = NODES.objectNode();
        o.put("reference", view.reference());
        o.put("type", view.type().name());
        o.put("typeAr", view.type().labelAr());
        o.put("typeEn", view.type().labelEn());
        o.put("status", view.status().name());
        o.put("statusAr", view.status().ar());
        o.put("statusEn", view.status().en());
        o.set("location", GeoJson.write(view.location()));
        ArrayNode steps = o.putArray("timeline");
        for (PublicView.Step s : view.timeline()) {
            ObjectNode n = steps.addObject();
            n.put("status", s.status().name());
            n.put("statusAr", s.status().ar());
            n.put("statusEn", s.status().en());
            n.put("at", s.at().toString());
        }
        return o;
    }

    private static JsonNode objectOrEmpty(JsonNode node, String field, List<Violation> v) {
        if (node == null || node.isNull()) {
            return NODES.objectNode();
        }
        if (!node.isObject()) {
            v.add(Violation.of(field, "NOT_AN_OBJECT", "الحقل " + field + " يجب أن يكون كائن JSON.",
                    "The field " + field + " must be a JSON object."));
            return NODES.objectNode();
        }
        return node;
    }

    private static <E extends Enum<E>> E code(JsonNode node, String field, E[] allowed, boolean required, List<Violation> v) {
        if (node == null || node.isNull()) {
            if (required) {
                v.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            }
            return null;
        }
        for (E e : allowed) {
            if (node.isString() && e.name().equals(node.asString())) {
                return e;
            }
        }
        v.add(Violation.unknownValue(field, node.isString() ? node.asString() : node.toString(), allowed));
        return null;
    }

    private static Double number(JsonNode node, String field, List<Violation> v) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            v.add(Violation.of(field, "NOT_A_NUMBER", "الحقل " + field + " يجب أن يكون رقماً.", "The field " + field + " must be a number."));
            return null;
        }
        return node.doubleValue();
    }

    private static Long wholeNumber(JsonNode node, String field, List<Violation> v) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
            v.add(Violation.of(field, "INVALID_VALUE", "الحقل " + field + " يجب أن يكون عدداً صحيحاً موجباً.",
                    "The field " + field + " must be a positive whole number."));
            return null;
        }
        return node.longValue();
    }

    private static String text(JsonNode node, String field, List<Violation> v) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            v.add(Violation.of(field, "NOT_A_STRING", "الحقل " + field + " يجب أن يكون نصاً.", "The field " + field + " must be a string."));
            return null;
        }
        return node.asString().strip();
    }
}
