package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * No personal data in any published output: sentinel values put into wells' owner fields (name,
 * civil ID), and wells that are not published (proposed, illegal-detected, deleted), never appear
 * in a tile of any layer at several zooms, a TileJSON, an OGC API collection's items or single
 * items (JSON and HTML), the queryables or the OpenAPI descriptions. The same scan finds the
 * published well's registry number, so it would find a sentinel that leaked.
 */
@ManhalApiTest
class PublishedOutputsLeakIntegrationTests {

    private static final String NAME = "SENTINEL-NAME-7Q3Z";
    private static final String NAME_AR = "سالم-الحارس-٧٣";
    private static final String CIVIL_ID = "90817263";

    @Autowired
    LayerCatalogue catalogue;

    final ApiClient api;

    PublishedOutputsLeakIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void noPublishedOutputCarriesASentinelOrAnUnpublishedWell() throws Exception {
        double[] spot = Wells.freshSpot();
        String published = register(spot[0], spot[1], "ACTIVE", NAME);
        register(spot[0] + 0.0002, spot[1] + 0.0002, "ACTIVE", NAME_AR);
        List<String> unpublished = new ArrayList<>();
        unpublished.add(register(spot[0] + 0.0004, spot[1], "PROPOSED", NAME));
        unpublished.add(register(spot[0], spot[1] + 0.0004, "ILLEGAL_DETECTED", NAME));
        Response deleted = api.post("/api/wells", "application/geo+json", owned(spot[0] + 0.0006, spot[1], "ACTIVE", NAME));
        unpublished.add(deleted.json().get("properties").get("registryNumber").asString());
        assertThat(api.delete("/api/wells/" + deleted.json().get("id").asLong() + "?reason=leak+test",
                Map.of("If-Match", deleted.header("ETag"))).status()).isEqualTo(204);

        List<String> forbidden = new ArrayList<>(List.of(NAME, NAME_AR, CIVIL_ID));
        forbidden.addAll(unpublished);
        StringBuilder everything = new StringBuilder();
        for (LayerDefinition layer : catalogue.layers()) {
            everything.append(scan("/tiles/" + layer.id() + ".json", forbidden));
            for (int z : new int[] {0, 4, 8, 11, 12, 14, 16}) {
                int[] t = VectorTileIntegrationTests.tileOf(z, spot[0], spot[1]);
                everything.append(scanBytes("/tiles/" + layer.id() + "/" + z + "/" + t[0] + "/" + t[1] + ".mvt", forbidden));
            }
            for (String f : new String[] {"json", "html"}) {
                everything.append(scan("/ogc/collections/" + layer.id() + "/items?limit=10000&f=" + f, forbidden));
                everything.append(scan("/ogc/collections/" + layer.id() + "?f=" + f, forbidden));
            }
            everything.append(scan("/ogc/collections/" + layer.id() + "/queryables", forbidden));
        }
        for (String f : new String[] {"json", "html"}) {
            everything.append(scan("/ogc/collections/wells/items/" + published + "?f=" + f, forbidden));
        }
        for (String number : unpublished) {
            assertThat(api.get("/ogc/collections/wells/items/" + number).status()).as(number).isEqualTo(404);
        }
        everything.append(scan("/ogc/api", forbidden)).append(scan("/ogc?f=html", forbidden))
                .append(scan("/v3/api-docs", forbidden));
        // the scan reads what it should: the published well is there, in the tiles' bytes too
        assertThat(everything).contains(published);
    }

    private String scan(String path, List<String> forbidden) {
        Response r = api.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        forbidden.forEach(s -> assertThat(r.body()).as(path).doesNotContain(s));
        return r.body();
    }

    private String scanBytes(String path, List<String> forbidden) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        String text = new String(r.body(), StandardCharsets.UTF_8); // MVT strings are UTF-8 in the byte stream
        forbidden.forEach(s -> assertThat(text).as(path).doesNotContain(s));
        return text;
    }

    private String register(double lon, double lat, String status, String owner) {
        Response r = api.post("/api/wells", "application/geo+json", owned(lon, lat, status, owner));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = r.json().get("properties");
        return p.get("registryNumber").asString();
    }

    private static String owned(double lon, double lat, String status, String owner) {
        return Wells.feature(lon, lat, "BOREHOLE", "DOMESTIC", status,
                "\"owner\":{\"name\":\"" + owner + "\",\"civilId\":\"" + CIVIL_ID + "\"}");
    }
}
