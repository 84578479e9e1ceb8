package org.manhal.api.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AdminLevel;
import org.manhal.admin.AreaRef;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.api.geojson.PolygonalReader;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.count.CountDimension;
import org.manhal.count.CountFilter;
import org.manhal.count.CountRow;
import org.manhal.count.WellCount;
import org.manhal.count.WellCountQuery;
import org.manhal.count.WellCounter;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exact well counts: {@code GET /api/wells/count} for the whole registry, {@code POST
 * /api/wells/count} with a GeoJSON Polygon or MultiPolygon (or a Feature with one, whose properties
 * may carry the filters) for the wells inside it, boundary included. Both take the filters
 * {@code use}, {@code status}, {@code governorate}, {@code wilayat} (codes) and {@code groupBy}
 * ({@code governorate}, {@code wilayat}, {@code use}, {@code status}), and answer
 * {@code {"count": n}} plus, with {@code groupBy}, {@code "rows": [{key, nameAr, nameEn, count}]}.
 * The literal path wins over {@code /api/wells/{id}} of the wells API.
 */
@RestController
@RequestMapping("/api/wells/count")
class WellCountController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final WellCounter counter;
    private final AdminAreas areas;
    private final ApiRequests requests;

    WellCountController(WellCounter counter, AdminAreas areas, ApiRequests requests) {
        this.counter = counter;
        this.areas = areas;
        this.requests = requests;
    }

    @GetMapping
    ObjectNode count(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String use,
                     @RequestParam(required = false) String status, @RequestParam(required = false) String governorate,
                     @RequestParam(required = false) String wilayat) {
        List<Violation> violations = new ArrayList<>();
        CountDimension dimension = requests.enumParam("groupBy", upper(groupBy), CountDimension.class, violations);
        CountFilter filter = filter(new Criteria(use, status, governorate, wilayat), violations);
        throwIfAny(violations);
        return write(counter.count(new WellCountQuery(null, filter, dimension)));
    }

    @PostMapping(consumes = {"application/geo+json", "application/json"})
    ObjectNode countIn(@RequestBody String body, @RequestParam(required = false) String groupBy,
                       @RequestParam(required = false) String use, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String governorate, @RequestParam(required = false) String wilayat) {
        List<Violation> violations = new ArrayList<>();
        JsonNode json = requests.parse(body);
        boolean feature = "Feature".equals(json.path("type").asString(""));
        GeoJson.checkCrs(json, violations);
        Geometry area = PolygonalReader.read(feature ? json.get("geometry") : json, "geometry",
                PolygonPurpose.COUNT, violations);
        if (area != null) {
            violations.addAll(PolygonValidator.validate(area, "geometry", PolygonPurpose.COUNT));
        }
        Criteria criteria = new Criteria(use, status, governorate, wilayat);
        if (feature) {
            criteria = criteria.with(json.path("properties"), violations);
        }
        CountDimension dimension = requests.enumParam("groupBy", upper(groupBy), CountDimension.class, violations);
        CountFilter filter = filter(criteria, violations);
        throwIfAny(violations);
        return write(counter.count(new WellCountQuery(area, filter, dimension)));
    }

    private CountFilter filter(Criteria c, List<Violation> violations) {
        return new CountFilter(requests.enumParam(c.usePath(), c.use(), WellUse.class, violations),
                requests.enumParam(c.statusPath(), c.status(), WellStatus.class, violations),
                areaId("governorate", c.governorate(), AdminLevel.GOVERNORATE, violations),
                areaId("wilayat", c.wilayat(), AdminLevel.WILAYAT, violations));
    }

    private Long areaId(String name, String code, AdminLevel level, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return areas.byCode(code, level, name, violations).map(AreaRef::id).orElse(null);
    }

    /** groupBy is spelled in lower case in URLs (governorate), the enum in upper case. */
    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static ObjectNode write(WellCount count) {
        ObjectNode answer = NODES.objectNode();
        answer.put("count", count.total());
        if (!count.rows().isEmpty()) {
            ArrayNode rows = answer.putArray("rows");
            for (CountRow r : count.rows()) {
                ObjectNode row = rows.addObject();
                row.put("key", r.key());
                row.put("nameAr", r.name().ar());
                row.put("nameEn", r.name().en());
                row.put("count", r.count());
            }
        }
        return answer;
    }

    /**
     * The filters as sent, from the query string and, for a Feature, its properties; the JSON path
     * of each, for error messages. A filter sent both ways must say the same.
     */
    private record Criteria(String use, String status, String governorate, String wilayat, String usePath, String statusPath) {

        Criteria(String use, String status, String governorate, String wilayat) {
            this(use, status, governorate, wilayat, "use", "status");
        }

        Criteria with(JsonNode properties, List<Violation> violations) {
            String u = property(properties, "use", use, violations);
            String s = property(properties, "status", status, violations);
            return new Criteria(u, s, property(properties, "governorate", governorate, violations),
                    property(properties, "wilayat", wilayat, violations),
                    properties.has("use") ? "properties.use" : "use", properties.has("status") ? "properties.status" : "status");
        }

        private static String property(JsonNode properties, String name, String fromQuery, List<Violation> violations) {
            JsonNode v = properties.path(name);
            if (v.isMissingNode() || v.isNull()) {
                return fromQuery;
            }
            String value = v.isString() ? v.asString() : v.toString();
            if (fromQuery != null && !Objects.equals(fromQuery, value)) {
                violations.add(Violation.of("properties." + name, "CONFLICTING_VALUE",
                        "قيمة " + name + " في الخصائص «" + value + "» تخالف قيمتها في الرابط «" + fromQuery + "».",
                        name + " is '" + value + "' in the properties but '" + fromQuery + "' in the query string."));
            }
            return value;
        }
    }
}
