package org.manhal.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/map-config} when the authority has configured its own tile server. A separate
 * class because the properties give it its own application context.
 */
@ManhalApiTest(properties = {
        "manhal.map.base-layer-url=https://tiles.example.om/{z}/{x}/{y}.png",
        "manhal.map.base-layer-attribution=© National Survey Authority",
        "manhal.map.base-layer-max-zoom=19"})
class MapConfigWithBaseLayerIntegrationTests {

    @Test
    void answersConfiguredBaseLayer(ApiClient api) {
        Response r = api.get("/api/map-config");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode base = r.json().get("baseLayer");
        assertThat(base).as(r.toString()).isNotNull();
        assertThat(base.get("url").asString()).isEqualTo("https://tiles.example.om/{z}/{x}/{y}.png");
        assertThat(base.get("attribution").asString()).isEqualTo("© National Survey Authority");
        assertThat(base.get("maxZoom").asInt()).isEqualTo(19);
    }
}
