package org.manhal.api.map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings the web map reads at start (map-ui/README.md, "API the map calls"). Without a
 * configured base layer the answer is {@code {}}: the map then draws the governorate outlines as
 * its base map instead of asking a tile server it cannot reach.
 */
@RestController
class MapConfigController {

    private final MapProperties properties;

    MapConfigController(MapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/map-config")
    ResponseEntity<JsonNode> mapConfig() {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        if (properties.hasBaseLayer()) {
            ObjectNode base = config.putObject("baseLayer");
            base.put("url", properties.baseLayerUrl().trim());
            base.put("attribution", properties.baseLayerAttribution());
            base.put("maxZoom", properties.baseLayerMaxZoom());
        }
        // Revalidated on every start of the map, so a changed tile server shows without a stale cache.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
