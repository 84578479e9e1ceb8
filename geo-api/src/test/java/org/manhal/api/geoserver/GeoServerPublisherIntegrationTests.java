package org.manhal.api.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.api.ows.OwsLayer;
import org.manhal.api.ows.OwsLayers;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The GeoServer publisher ({@code POST /api/admin/geoserver/publications}) against a fake GeoServer
 * REST API: the exact requests of a first publication, a second one that only reads and says
 * nothing changed, a style changed on GeoServer put back with one PUT, and GeoServer's refusals
 * (401, 500, no answer) as 502 problems that name the step.
 */
@ManhalApiTest
class GeoServerPublisherIntegrationTests {

    private static final String ROUTE = "/api/admin/geoserver/publications";

    @Autowired
    OwsLayers catalogue;

    private FakeGeoServer geoServer;

    @BeforeEach
    void start() throws Exception {
        geoServer = new FakeGeoServer();
    }

    @AfterEach
    void stop() {
        geoServer.close();
    }

    private Response publish(ApiClient api, String password) {
        return api.post(ROUTE, "application/json", """
                {"url": "%s", "user": "%s", "password": "%s", "workspace": "manhal"}"""
                .formatted(geoServer.url(), FakeGeoServer.USER, password));
    }

    /** The requests of a first publication into an empty GeoServer, in order. */
    private List<String> firstRun() {
        List<String> r = new ArrayList<>(List.of(
                "GET /workspaces/manhal.json", "POST /workspaces",
                "GET /workspaces/manhal/datastores/manhal.json", "POST /workspaces/manhal/datastores"));
        for (OwsLayer l : catalogue.all()) {
            String ft = "/workspaces/manhal/datastores/manhal/featuretypes";
            r.addAll(List.of(
                    "GET /workspaces/manhal/styles/" + l.name() + ".sld", "POST /workspaces/manhal/styles?name=" + l.name() + "&raw=true",
                    "GET " + ft + "/" + l.name() + ".json", "POST " + ft,
                    "GET /layers/manhal:" + l.name() + ".json", "PUT /layers/manhal:" + l.name()));
        }
        return r;
    }

    @Test
    void aFirstRunCreatesEveryResourceInGeoServersOrder(ApiClient api) {
        Response r = publish(api, FakeGeoServer.PASSWORD);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(geoServer.requests).containsExactlyElementsOf(firstRun());
        assertThat(geoServer.unexpected).isEmpty();
        assertThat(r.json().path("changed").asBoolean()).isTrue();
        for (OwsLayer l : catalogue.all()) {
            assertThat(geoServer.layerStyles).containsEntry("manhal:" + l.name(), "manhal:" + l.name());
            assertThat(geoServer.featureTypes.get("manhal/manhal/" + l.name()).path("featureType").path("nativeName").asString())
                    .isEqualTo(l.view());
            assertThat(geoServer.styles.get("manhal/" + l.name())).contains("<Name>" + l.name() + "</Name>");
        }
        assertThat(r.body()).doesNotContain(FakeGeoServer.PASSWORD);
        List<String> wellColumns = new ArrayList<>();
        geoServer.featureTypes.get("manhal/manhal/wells").path("featureType").path("attributes").path("attribute")
                .forEach(a -> wellColumns.add(a.path("name").asString()));
        assertThat(wellColumns).contains("registry_number", "status", "geom")
                .doesNotContain("drilling_contractor", "location_accuracy", "owner_name", "owner_civil_id");
    }

    @Test
    void aSecondRunOnlyReadsAndSaysNothingChanged(ApiClient api) {
        publish(api, FakeGeoServer.PASSWORD);
        geoServer.requests.clear();

        Response again = publish(api, FakeGeoServer.PASSWORD);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(geoServer.writes()).isEmpty();
        assertThat(again.json().path("changed").asBoolean()).isFalse();
        assertThat(again.json().path("steps")).allSatisfy(s -> assertThat(s.path("action").asString()).isEqualTo("UNCHANGED"));
        assertThat(geoServer.workspaces).containsExactly("manhal");
        assertThat(geoServer.datastores).hasSize(1);
        assertThat(geoServer.featureTypes).hasSize(catalogue.all().size());
    }

    @Test
    void aStyleEditedOnGeoServerIsPutBack(ApiClient api) {
        publish(api, FakeGeoServer.PASSWORD);
        String layer = catalogue.all().get(0).name();
        geoServer.styles.put("manhal/" + layer, "<StyledLayerDescriptor>edited by hand</StyledLayerDescriptor>");
        geoServer.requests.clear();

        Response r = publish(api, FakeGeoServer.PASSWORD);

        assertThat(geoServer.writes()).containsExactly("PUT /workspaces/manhal/styles/" + layer + "?raw=true");
        assertThat(geoServer.styles.get("manhal/" + layer)).contains("<NamedLayer>");
        JsonNode steps = r.json().path("steps");
        assertThat(steps).filteredOn(s -> s.path("action").asString().equals("UPDATED"))
                .singleElement().satisfies(s -> assertThat(s.path("kind").asString()).isEqualTo("style"));
    }

    @Test
    void wrongCredentialsAreA502ThatSaysSoAndWriteNothing(ApiClient api) {
        Response r = publish(api, "wrong");

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("type").asString()).endsWith("/geoserver-unauthorized");
        assertThat(r.json().path("geoServerStatus").asInt()).isEqualTo(401);
        assertThat(r.json().path("detail").asString()).contains("admin").doesNotContain("wrong");
        assertThat(r.json().path("detailAr").asString()).isNotBlank();
        assertThat(geoServer.writes()).isEmpty();
    }

    @Test
    void aGeoServerFailureNamesTheStepAndANewRunContinues(ApiClient api) {
        geoServer.failures.put("POST /workspaces/manhal/datastores", 500);

        Response r = publish(api, FakeGeoServer.PASSWORD);

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.json().path("type").asString()).endsWith("/geoserver-failed");
        assertThat(r.json().path("geoServerStatus").asInt()).isEqualTo(500);
        assertThat(r.json().path("detail").asString()).contains("POST /rest/workspaces/manhal/datastores");
        geoServer.failures.clear();
        Response again = publish(api, FakeGeoServer.PASSWORD);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("steps").get(0).path("action").asString()).isEqualTo("UNCHANGED");
        assertThat(geoServer.workspaces).containsExactly("manhal");
    }

    @Test
    void aGeoServerThatDoesNotAnswerIsA502(ApiClient api) {
        String url = geoServer.url();
        geoServer.close();
        Response r = api.post(ROUTE, "application/json", """
                {"url": "%s", "user": "admin", "password": "x"}""".formatted(url));
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.json().path("type").asString()).endsWith("/geoserver-unreachable");
    }

    @Test
    void badRequestsAre400WithEveryError(ApiClient api) {
        Response r = api.post(ROUTE, "application/json", """
                {"url": "ftp://x/geoserver", "workspace": "no spaces", "databasePort": 70000}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors")).extracting(e -> e.path("field").asString())
                .containsExactlyInAnyOrder("url", "user", "password", "workspace", "databasePort");
        assertThat(geoServer.requests).isEmpty();
    }
}
