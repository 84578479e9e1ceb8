package org.manhal.api.spacing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.rules.FeatureKind;
import org.manhal.spacing.ReferenceLayers;
import org.manhal.well.BoundingBox;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/**
 * The reference layers of the spacing rules as GeoJSON FeatureCollections:
 * {@code GET /api/protected-features?kind=&bbox=&limit=} and
 * {@code GET /api/restricted-zones?kind=&bbox=&limit=}; {@code kind} takes one kind or several,
 * comma-separated. Each feature says whether it is sample data.
 */
@RestController
class ReferenceLayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;

    private final ReferenceLayers layers;
    private final ApiRequests requests;

    ReferenceLayerController(ReferenceLayers layers, ApiRequests requests) {
        this.layers = layers;
        this.requests = requests;
    }

    @GetMapping("/api/protected-features")
    ResponseEntity<ObjectNode> protectedFeatures(@RequestParam(required = false) String kind,
                                                 @RequestParam(required = false) String bbox,
                                                 @RequestParam(required = false) String limit) {
        List<Violation> violations = new ArrayList<>();
        Set<FeatureKind> kinds = kinds(kind, k -> !k.isZone() && k != FeatureKind.EXISTING_WELL, violations);
        BoundingBox box = requests.bbox(bbox, violations);
        int max = (int) requests.longParam("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, violations);
        requireValid(violations);
        return geoJson(SpacingJson.collection(layers.protectedFeatures(kinds, box, max)));
    }

    @GetMapping("/api/restricted-zones")
    ResponseEntity<ObjectNode> restrictedZones(@RequestParam(required = false) String kind,
                                               @RequestParam(required = false) String bbox,
                                               @RequestParam(required = false) String limit) {
        List<Violation> violations = new ArrayList<>();
        Set<FeatureKind> kinds = kinds(kind, FeatureKind::isZone, violations);
        BoundingBox box = requests.bbox(bbox, violations);
        int max = (int) requests.longParam("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, violations);
        requireValid(violations);
        return geoJson(SpacingJson.collection(layers.restrictedZones(kinds, box, max)));
    }

    private static Set<FeatureKind> kinds(String param, Predicate<FeatureKind> layer, List<Violation> violations) {
        Set<FeatureKind> kinds = EnumSet.noneOf(FeatureKind.class);
        if (param == null || param.isBlank()) {
            return kinds;
        }
        List<FeatureKind> allowed = EnumSet.allOf(FeatureKind.class).stream().filter(layer).toList();
        for (String name : param.split(",")) {
            allowed.stream().filter(k -> k.name().equals(name.trim())).findFirst().ifPresentOrElse(kinds::add,
                    () -> violations.add(Violation.unknownValue("kind", name, allowed.stream().map(Enum::name).toList())));
        }
        return kinds;
    }

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static ResponseEntity<ObjectNode> geoJson(ObjectNode body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }
}
