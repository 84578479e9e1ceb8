package org.manhal.api.well;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AreaRef;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.Violation;
import org.manhal.well.Owner;
import org.manhal.well.Well;
import org.manhal.well.WellDetails;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A well as an RFC 7946 Feature, both ways. Property names are the JSON contract of the design
 * (registryNumber, type, use, status, depthM, diameterMm, yieldM3PerDay, owner, wilayat,
 * governorate). Derived properties sent by a client (registryNumber, wilayat, ...) are ignored, so
 * that a Feature read can be changed and sent back as it is.
 */
@Component
class WellJson {

    /** Whether a representation carries personal data (the owner). */
    enum PersonalData { INCLUDE, EXCLUDE }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final AdminAreas areas;

    WellJson(AdminAreas areas) {
        this.areas = areas;
    }

    /** The details stated in a Feature; problems of form go to {@code violations} (that field is then null). */
    WellDetails read(JsonNode feature, List<Violation> violations) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            violations.add(Violation.of("type", "NOT_A_FEATURE",
                    "يجب أن يكون الطلب معلماً GeoJSON من النوع Feature يحوي geometry و properties.",
                    "The request must be a GeoJSON Feature with a geometry and properties."));
            return null;
        }
        GeoJson.checkCrs(feature, violations);
        Point location = GeoJson.readPoint(feature.get("geometry"), "geometry", violations);
        JsonNode p = feature.path("properties");
        if (!p.isObject()) {
            violations.add(Violation.of("properties", "REQUIRED", "خصائص البئر (properties) مطلوبة.",
                    "The well's properties are required."));
            p = NODES.objectNode();
        }
        return new WellDetails(location,
                enumValue(p, "type", WellType.class, violations),
                enumValue(p, "use", WellUse.class, violations),
                enumValue(p, "status", WellStatus.class, violations),
                number(p, "depthM", violations),
                number(p, "diameterMm", violations),
                number(p, "yieldM3PerDay", violations),
                owner(p.path("owner"), violations));
    }

    /** The API's name of a domain field ({@code location} → {@code geometry}, else {@code properties.x}). */
    static String apiField(String domainField) {
        return domainField.equals("location") ? "geometry" : "properties." + domainField;
    }

    ObjectNode write(Well well, PersonalData personal) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.put("id", well.id());
        f.set("geometry", GeoJson.write(well.location()));
        ObjectNode p = f.putObject("properties");
        p.put("id", well.id());
        p.put("registryNumber", well.registryNumber());
        p.put("type", well.type().name());
        p.put("use", well.use().name());
        p.put("status", well.status().name());
        p.put("depthM", well.depthM());
        p.put("diameterMm", well.diameterMm());
        p.put("yieldM3PerDay", well.yieldM3PerDay());
        if (personal == PersonalData.INCLUDE) {
            writeOwner(p, well.owner());
        }
        p.set("wilayat", area(well.wilayatId()));
        p.set("governorate", area(well.governorateId()));
        p.put("version", well.version());
        p.put("createdAt", well.createdAt().toString());
        p.put("updatedAt", well.updatedAt().toString());
        return f;
    }

    private static void writeOwner(ObjectNode p, Owner owner) {
        if (owner == null) {
            p.putNull("owner");
        } else {
            ObjectNode o = p.putObject("owner");
            o.put("name", owner.name());
            o.put("civilId", owner.civilId());
        }
    }

    private JsonNode area(Long id) {
        AreaRef a = id == null ? null : areas.byId(id).orElse(null);
        if (a == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        node.put("code", a.code());
        node.put("nameEn", a.name().en());
        node.put("nameAr", a.name().ar());
        return node;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode p, String field, Class<E> type, List<Violation> violations) {
        JsonNode v = p.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;  // the domain reports a missing required value
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (v.isString()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.asString())) {
                    return e;
                }
            }
        }
        String shown = v.isString() ? v.asString() : v.toString();
        violations.add(Violation.of("properties." + field, "UNKNOWN_VALUE",
                "القيمة «" + shown + "» غير معروفة للحقل " + field + ". القيم المسموحة: " + allowed + ".",
                "Unknown value '" + shown + "' for " + field + ". Allowed values: " + allowed + "."));
        return null;
    }

    private static Double number(JsonNode p, String field, List<Violation> violations) {
        JsonNode v = p.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            violations.add(Violation.of("properties." + field, "NOT_A_NUMBER",
                    "الحقل " + field + " يجب أن يكون رقماً، وليس " + v + ".",
                    field + " must be a number, not " + v + "."));
            return null;
        }
        return v.doubleValue();
    }

    private static Owner owner(JsonNode o, List<Violation> violations) {
        if (o.isMissingNode() || o.isNull()) {
            return null;
        }
        if (!o.isObject()) {
            violations.add(Violation.of("properties.owner", "NOT_AN_OBJECT",
                    "المالك يجب أن يكون كائناً فيه name و civilId.", "owner must be an object with name and civilId."));
            return null;
        }
        List<Violation> local = new ArrayList<>();
        String name = text(o, "name", local);
        String civilId = text(o, "civilId", local);
        violations.addAll(local);
        return new Owner(name, civilId);
    }

    private static String text(JsonNode o, String field, List<Violation> violations) {
        JsonNode v = o.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            violations.add(Violation.of("properties.owner." + field, "NOT_A_STRING",
                    "الحقل owner." + field + " يجب أن يكون نصاً.", "owner." + field + " must be a string."));
            return null;
        }
        return v.asString();
    }
}
