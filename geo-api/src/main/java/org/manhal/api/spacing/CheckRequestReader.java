package org.manhal.api.spacing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.manhal.application.ApplicationType;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.rules.SpacingRequest;
import org.manhal.spacing.SpacingCheckService;
import org.manhal.well.WellMeasure;
import org.manhal.well.WellUse;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads a spacing check request, {@code {"location": Point, "applicationType", "use",
 * "yieldM3PerDay", "wellId"}}, and reports every problem at once: the location as the well
 * registry checks it (not lon/lat, swapped axes, outside Oman), unknown codes, a negative or
 * implausible yield (the range of {@link WellMeasure#YIELD}), an unknown well.
 */
@Component
class CheckRequestReader {

    private final ApiRequests requests;
    private final SpacingCheckService service;

    CheckRequestReader(ApiRequests requests, SpacingCheckService service) {
        this.requests = requests;
        this.service = service;
    }

    SpacingRequest read(String body) {
        JsonNode json = requests.parse(body);
        List<Violation> violations = new ArrayList<>();
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON.", "The request body must be a JSON object."));
        }
        Point location = GeoJson.readPoint(json.get("location"), "location", violations);
        ApplicationType type = applicationType(json.get("applicationType"), violations);
        WellUse use = code(json.get("use"), "use", WellUse.values(), violations);
        Double yield = yieldOf(json.get(WellMeasure.YIELD.field()), violations);
        Long wellId = wellId(json.get("wellId"), violations);
        if (location != null) {
            violations.addAll(service.validate(location, violations.stream().anyMatch(v -> v.field().equals("wellId"))
                    ? null : wellId));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SpacingRequest(location, type, use.name(), yield, wellId == null ? null : wellId.toString());
    }

    private static ApplicationType applicationType(JsonNode node, List<Violation> violations) {
        ApplicationType[] wellTypes = Arrays.stream(ApplicationType.values()).filter(ApplicationType::concernsWell)
                .toArray(ApplicationType[]::new);
        return code(node, "applicationType", wellTypes, violations);
    }

    private static <E extends Enum<E>> E code(JsonNode node, String field, E[] allowed, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            return null;
        }
        for (E e : allowed) {
            if (node.isString() && e.name().equals(node.asString())) {
                return e;
            }
        }
        violations.add(Violation.unknownValue(field, node.isString() ? node.asString() : node.toString(), allowed));
        return null;
    }

    private static Double yieldOf(JsonNode node, List<Violation> violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            violations.add(Violation.of(WellMeasure.YIELD.field(), "NOT_A_NUMBER", "الإنتاجية (م³/يوم) يجب أن تكون رقماً.",
                    "yieldM3PerDay must be a number (m³/day)."));
            return null;
        }
        double v = node.doubleValue();
        WellMeasure.YIELD.check(v).ifPresent(violations::add);
        return v;
    }

    private static Long wellId(JsonNode node, List<Violation> violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            violations.add(Violation.of("wellId", "INVALID_VALUE", "معرّف البئر يجب أن يكون عدداً صحيحاً.",
                    "wellId must be a whole number (the id of a registry well)."));
            return null;
        }
        return node.longValue();
    }
}
