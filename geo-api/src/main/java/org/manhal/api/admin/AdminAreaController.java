package org.manhal.api.admin;

import java.util.ArrayList;
import java.util.List;

import org.manhal.admin.AdminAreas;
import org.manhal.admin.AdminLevel;
import org.manhal.admin.AreaOutline;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Oman's governorates and wilayats as GeoJSON, simplified for drawing (not for assigning wells).
 */
@RestController
class AdminAreaController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private final AdminAreas areas;
    private final ApiRequests requests;

    AdminAreaController(AdminAreas areas, ApiRequests requests) {
        this.areas = areas;
        this.requests = requests;
    }

    /**
     * @param level GOVERNORATE (default), WILAYAT or COUNTRY
     * @param tolerance simplification in degrees, 0 to 0.1 (default 0.002, about 200 m)
     */
    @GetMapping("/api/admin-areas")
    ResponseEntity<JsonNode> outlines(@RequestParam(defaultValue = "GOVERNORATE") String level,
                                      @RequestParam(defaultValue = "0.002") double tolerance) {
        List<Violation> violations = new ArrayList<>();
        AdminLevel l = requests.enumParam("level", level, AdminLevel.class, violations);
        if (tolerance < 0 || tolerance > 0.1) {
            violations.add(Violation.of("tolerance", "OUT_OF_RANGE", "التبسيط يجب أن يكون من 0 إلى 0.1 درجة.",
                    "tolerance must be from 0 to 0.1 degrees."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ObjectNode fc = JsonNodeFactory.instance.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (AreaOutline o : areas.outlines(l, tolerance)) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", o.area().code());
            f.set("geometry", GeoJson.write(o.geometry()));
            ObjectNode p = f.putObject("properties");
            p.put("code", o.area().code());
            p.put("level", o.area().level().name());
            p.put("nameEn", o.area().name().en());
            p.put("nameAr", o.area().name().ar());
        }
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache()).body(fc);
    }
}
