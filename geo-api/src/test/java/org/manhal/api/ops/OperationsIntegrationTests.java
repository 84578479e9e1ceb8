package org.manhal.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;

/**
 * What operators watch: liveness and readiness (with the database's and MapServer's states), and the Prometheus
 * scrape with the request latencies per route, the connection pool, the spacing verdicts and the
 * imports, each moved by the requests of the test.
 */
@ManhalApiTest
class OperationsIntegrationTests {

    final ApiClient api;

    OperationsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void livenessAndReadinessNameTheDatabaseWithoutItsDetails() {
        Response live = api.get("/actuator/health/liveness");
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
        assertThat(live.json().get("status").asString()).isEqualTo("UP");

        Response ready = api.get("/actuator/health/readiness");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonNode db = ready.json().get("components").get("db");
        assertThat(db.get("status").asString()).isEqualTo("UP");
        assertThat(db.has("details")).as("no database URL or version to the public").isFalse();
        JsonNode mapServer = ready.json().get("components").get("mapServer");
        assertThat(mapServer.get("status").asString()).as("MapServer answers GetCapabilities").isEqualTo("UP");
        assertThat(mapServer.has("details")).isFalse();
    }

    @Test
    void thePrometheusScrapeCountsWhatTheServiceDid() {
        double verdictsBefore = metric(scrape(), "manhal_spacing_verdicts_total", "applicationType=\"WELL_DRILLING\"");
        double wellsBefore = metric(scrape(), "manhal_import_wells_total", "");

        double[] p = Wells.freshSpot();
        Response check = api.post("/api/checks/well-spacing", "application/json", """
                {"location": {"type": "Point", "coordinates": [%s, %s]},
                 "applicationType": "WELL_DRILLING", "use": "DOMESTIC"}""".formatted(p[0], p[1]));
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        double[] q = Wells.freshSpot();
        Response imported = Uploads.upload(api, "mode=all-or-nothing", "two.csv", "lon,lat,type,use,status\n"
                + q[0] + "," + q[1] + ",BOREHOLE,DOMESTIC,ACTIVE\n"
                + (q[0] + 0.001) + "," + q[1] + ",BOREHOLE,DOMESTIC,ACTIVE\n");
        assertThat(imported.status()).as(imported.toString()).isIn(200, 201);
        Response well = api.get("/api/wells/" + Long.MAX_VALUE);
        assertThat(well.status()).isEqualTo(404);

        String after = scrape();
        assertThat(metric(after, "manhal_spacing_verdicts_total", "applicationType=\"WELL_DRILLING\""))
                .as("the check's verdict, whatever its status").isEqualTo(verdictsBefore + 1);
        assertThat(metric(after, "manhal_import_wells_total", "")).isEqualTo(wellsBefore + 2);
        assertThat(metric(after, "manhal_import_jobs", "status=\"SUCCEEDED\"")).isGreaterThanOrEqualTo(1);
        assertThat(after).as("latency per route, by its pattern, not the id")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/api/wells/\\{id\\}\"")
                .doesNotContain(String.valueOf(Long.MAX_VALUE));
        assertThat(after).contains("hikaricp_connections_max", "hikaricp_connections_active");
    }

    private String scrape() {
        Response r = api.get("/actuator/prometheus");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        return r.body();
    }

    /** The sum of the samples whose labels contain {@code labels} (0 when there are none). */
    private static double metric(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (labels.isEmpty() || (m.group(1) != null && m.group(1).contains(labels))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
