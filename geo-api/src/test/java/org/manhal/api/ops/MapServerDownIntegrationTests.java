package org.manhal.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;

/**
 * MapServer's FastCGI web server is down (here: nothing listens where the service looks for it).
 * The instance is no longer ready (the load balancer takes it out of the map services' rotation)
 * but alive, {@code /ows} answers a retryable problem, and the rest of the API goes on.
 */
@ManhalApiTest(properties = "manhal.ows.mapserver-url=http://127.0.0.1:9/mapserv")
class MapServerDownIntegrationTests {

    final ApiClient api;

    MapServerDownIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void withoutMapServerTheInstanceIsAliveNotReadyAndTheRestAnswers() {
        Response ready = api.get("/actuator/health/readiness");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
        assertThat(ready.json().get("components").get("mapServer").get("status").asString()).isEqualTo("DOWN");
        assertThat(ready.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(ready.body()).doesNotContain("127.0.0.1").doesNotContain("mapserv");

        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

        Response ows = api.get("/ows?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        assertThat(ows.status()).as(ows.toString()).isEqualTo(503);
        assertThat(ows.header("Content-Type")).startsWith("application/problem+json");

        assertThat(api.get("/api/wells?limit=1").status()).isEqualTo(200);
    }
}
