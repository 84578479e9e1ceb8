package org.manhal.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/map-config} with the defaults: the machines are offline, so no base layer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapConfigIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersEmptyConfigWithoutBaseLayerByDefault() {
        Response r = new ApiClient(port).get("/api/map-config");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().isObject()).isTrue();
        assertThat(r.json().has("baseLayer")).as(r.toString()).isFalse();
    }
}
