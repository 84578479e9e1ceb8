package org.manhal.api.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web map, under {@code manhal.map.*}. By default there is no base tile layer:
 * the service runs on machines without internet, where the governorate outlines are the base map;
 * in production the authority points the map at its own tile server.
 *
 * @param baseLayerUrl         XYZ tile URL template with {@code {z}}, {@code {x}}, {@code {y}} (and
 *                             optionally {@code {s}}), e.g. {@code https://tiles.example.om/{z}/{x}/{y}.png}
 *                             ({@code manhal.map.base-layer-url}, default empty = no base layer;
 *                             env {@code MANHAL_MAP_BASE_LAYER_URL})
 * @param baseLayerAttribution credit shown in the map corner, as Leaflet HTML, required by most tile
 *                             licences ({@code manhal.map.base-layer-attribution}, default empty;
 *                             env {@code MANHAL_MAP_BASE_LAYER_ATTRIBUTION})
 * @param baseLayerMaxZoom     highest zoom level the tile server has, 0 to 24
 *                             ({@code manhal.map.base-layer-max-zoom}, default 18;
 *                             env {@code MANHAL_MAP_BASE_LAYER_MAX_ZOOM})
 */
@ConfigurationProperties("manhal.map")
record MapProperties(@DefaultValue("") String baseLayerUrl,
                     @DefaultValue("") String baseLayerAttribution,
                     @DefaultValue("18") int baseLayerMaxZoom) {

    /** Zoom levels of XYZ tile servers in practice; beyond 24 a tile is under a centimetre. */
    static final int MAX_ZOOM_LIMIT = 24;

    MapProperties {
        // Fail at start-up rather than hand the browser a map it cannot draw.
        if (baseLayerMaxZoom < 0 || baseLayerMaxZoom > MAX_ZOOM_LIMIT) {
            throw new IllegalArgumentException("manhal.map.base-layer-max-zoom must be from 0 to "
                    + MAX_ZOOM_LIMIT + ", not " + baseLayerMaxZoom);
        }
    }

    /** Whether a base tile layer is configured; a blank URL (the default) means none. */
    boolean hasBaseLayer() {
        return baseLayerUrl != null && !baseLayerUrl.isBlank();
    }
}
