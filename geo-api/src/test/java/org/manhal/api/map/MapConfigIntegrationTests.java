package org.manhal.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;

/**
 * {@code GET /api/map-config} with the defaults: the machines are offline, so no base layer.
 */
@ManhalApiTest
class MapConfigIntegrationTests {

    @Test
    void answersEmptyConfigWithoutBaseLayerByDefault(ApiClient api) {
        Response r = api.get("/api/map-config");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().isObject()).isTrue();
        assertThat(r.json().has("baseLayer")).as(r.toString()).isFalse();
    }
}
