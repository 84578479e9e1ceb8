package org.manhal.api.well;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.UUID;

import net.sf.geographiclib.Geodesic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;

/**
 * The full well record over HTTP: every field, locations in the CRSs staff use, the lifecycle of
 * statuses, and the history of every change.
 */
@ManhalApiTest
class WellRecordIntegrationTests {

    final ApiClient api;

    WellRecordIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void keepsEveryFieldOfTheFullRecord() {
        double[] at = Wells.freshSpot();
        String licence = "WL-" + UUID.randomUUID();
        String extra = """
                "depthM":150,"diameterMm":250,"yieldM3PerDay":400,"staticWaterLevelM":42.5,"staticWaterLevelOn":"2025-03-01",
                "ecUsPerCm":1850,"pumpType":"SUBMERSIBLE","powerSource":"SOLAR","plotNumber":"WU/12/3345",
                "drillingContractor":"Al Wusta Drilling LLC","drilledOn":"2019-06-15","locationAccuracy":"WITHIN_5_M",
                "locationSource":"HANDHELD_GPS","owner":{"name":"مالك تجريبي","civilId":"99001122"},
                "licences":[{"number":"%s","type":"NEW_WELL","issuedOn":"2019-01-10","expiresOn":"2020-01-10"}]"""
                .formatted(licence);

        Response created = api.post("/api/wells", "application/geo+json",
                Wells.feature(at[0], at[1], "BOREHOLE", "AGRICULTURAL", "ACTIVE", extra));
        JsonNode p = api.get(created.header("Location")).json().get("properties");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(p.get("staticWaterLevelM").asDouble()).isEqualTo(42.5);
        assertThat(p.get("staticWaterLevelOn").asString()).isEqualTo("2025-03-01");
        assertThat(p.get("ecUsPerCm").asDouble()).isEqualTo(1850);
        assertThat(p.get("pumpType").asString()).isEqualTo("SUBMERSIBLE");
        assertThat(p.get("powerSource").asString()).isEqualTo("SOLAR");
        assertThat(p.get("plotNumber").asString()).isEqualTo("WU/12/3345");
        assertThat(p.get("drillingContractor").asString()).isEqualTo("Al Wusta Drilling LLC");
        assertThat(p.get("drilledOn").asString()).isEqualTo("2019-06-15");
        assertThat(p.get("locationAccuracy").asString()).isEqualTo("WITHIN_5_M");
        assertThat(p.get("licences").get(0).get("number").asString()).isEqualTo(licence);
        assertThat(p.get("licences").get(0).get("expiresOn").asString()).isEqualTo("2020-01-10");
        assertThat(p.get("originalLocation").get("crs").asString()).isEqualTo("EPSG:4326");
    }

    @Test
    void refusesALicenceNumberAnotherWellHas() {
        double[] at = Wells.freshSpot();
        String licence = "\"licences\":[{\"number\":\"WL-" + UUID.randomUUID() + "\",\"type\":\"NEW_WELL\"}]";
        api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1], "BOREHOLE", "DOMESTIC", "ACTIVE", licence));

        Response r = api.post("/api/wells", "application/geo+json",
                Wells.feature(at[0] + 0.001, at[1], "BOREHOLE", "DOMESTIC", "ACTIVE", licence));

        assertThat(r.status()).isEqualTo(400);
        assertThat(error(r, "properties.licences[0].number")).isEqualTo("LICENCE_NUMBER_TAKEN");
    }

    /**
     * Control points: WGS 84 lon/lat and their coordinates in each CRS, computed with PROJ 9.1.1
     * {@code cs2cs} (EPSG:4326 → target), independent of this service's code path.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "EPSG:32640, 554352.6566 2536234.0998, 57.5301, 22.9333",
            "EPSG:32639, 765461.8568 1936611.2196, 53.5, 17.5",
            "EPSG:3440, 642548.8586 2610393.1219, 58.4, 23.6",
            "EPSG:3439, 765193.1048 1936371.4339, 53.5, 17.5",
            "EPSG:4326, 22°55'59.88\"N 57°31'48.36\"E, 57.5301, 22.9333"})
    void registersWellsFromCoordinatesInTheCrsStaffUse(String crs, String coordinates, double lon, double lat) {
        String body = """
                {"type":"Feature","geometry":null,"properties":{"type":"BOREHOLE","use":"DOMESTIC","status":"ACTIVE",
                 "originalLocation":{"crs":"%s","coordinates":"%s"}}}""".formatted(crs, coordinates.replace("\"", "\\\""));

        Response r = api.post("/api/wells", "application/geo+json", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json().get("geometry").get("coordinates");
        double offBy = Geodesic.WGS84.Inverse(lat, lon, c.get(1).asDouble(), c.get(0).asDouble()).s12;
        assertThat(offBy).as("metres from the control point").isLessThan(0.01);
        JsonNode original = r.json().get("properties").get("originalLocation");
        assertThat(original.get("crs").asString()).isEqualTo(crs);
        assertThat(original.get("coordinates").asString()).isEqualTo(coordinates);
    }

    @Test
    void placesUtmPointsOnTheCentralMeridianAtTheScaledMeridianArc() {
        // On UTM 40N's central meridian (57°E) the northing is 0.9996 × the meridian arc from the
        // equator, which GeographicLib gives exactly: an independent check of the projection.
        double arc = Geodesic.WGS84.Inverse(0, 57, 23, 57).s12;
        String body = """
                {"type":"Feature","geometry":null,"properties":{"type":"BOREHOLE","use":"DOMESTIC","status":"ACTIVE",
                 "originalLocation":{"crs":"EPSG:32640","coordinates":[500000, %.4f]}}}""".formatted(0.9996 * arc);

        JsonNode c = api.post("/api/wells", "application/geo+json", body).json().get("geometry").get("coordinates");

        assertThat(c.get(0).asDouble()).isCloseTo(57.0, within(1e-7));
        assertThat(c.get(1).asDouble()).isCloseTo(23.0, within(1e-7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EPSG:2154|554352.66 2536234.10|properties.originalLocation.crs|UNSUPPORTED_CRS",
            "EPSG:32640|2536234.10 554352.66|properties.originalLocation.coordinates|EASTING_NORTHING_SWAPPED",
            "EPSG:32640|55435.2 253623.4|properties.originalLocation.coordinates|OUTSIDE_CRS_AREA",
            "EPSG:32640|north of the souq|properties.originalLocation.coordinates|UNREADABLE_COORDINATES"})
    void refusesCoordinatesThatCannotBeRight(String crs, String coordinates, String field, String code) {
        String body = """
                {"type":"Feature","geometry":null,"properties":{"type":"BOREHOLE","use":"DOMESTIC","status":"ACTIVE",
                 "originalLocation":{"crs":"%s","coordinates":"%s"}}}""".formatted(crs, coordinates);

        Response r = api.post("/api/wells", "application/geo+json", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(error(r, field)).isEqualTo(code);
    }

    @Test
    void refusesGeometryAndOriginalLocationThatDisagree() {
        String body = """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[57.5401,22.9333]},
                 "properties":{"type":"BOREHOLE","use":"DOMESTIC","status":"ACTIVE",
                 "originalLocation":{"crs":"EPSG:32640","coordinates":"554352.6566 2536234.0998"}}}""";

        Response r = api.post("/api/wells", "application/geo+json", body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(error(r, "properties.originalLocation")).isEqualTo("LOCATION_MISMATCH");
    }

    @Test
    void followsTheLifecycleAndRefusesBringingABackfilledWellBack() {
        double[] at = Wells.freshSpot();
        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();

        assertThat(setStatus(id, "ABANDONED").status()).isEqualTo(200);
        assertThat(setStatus(id, "BACKFILLED").status()).isEqualTo(200);
        Response back = setStatus(id, "ACTIVE");

        assertThat(back.status()).isEqualTo(400);
        assertThat(error(back, "properties.status")).isEqualTo("INVALID_TRANSITION");
        assertThat(api.get("/api/wells/" + id).json().get("properties").get("status").asString()).isEqualTo("BACKFILLED");
    }

    @Test
    void recordsWhoChangedWhatAndWhenIncludingTheDeletion() {
        double[] at = Wells.freshSpot();
        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();
        setStatus(id, "STANDBY");
        api.delete("/api/wells/" + id + "?reason=duplicate%20of%20another%20record", Map.of());

        JsonNode history = api.get("/api/wells/" + id + "/history").json();

        JsonNode changes = history.get("changes");
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).get("action").asString()).isEqualTo("REGISTERED");
        assertThat(changes.get(0).get("newValues").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(changes.get(1).get("action").asString()).isEqualTo("UPDATED");
        assertThat(changes.get(1).get("oldValues").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(changes.get(1).get("newValues").get("status").asString()).isEqualTo("STANDBY");
        assertThat(changes.get(1).get("newValues").has("depth_m")).isFalse();
        assertThat(changes.get(2).get("action").asString()).isEqualTo("DELETED");
        assertThat(changes.get(2).get("reason").asString()).isEqualTo("duplicate of another record");
        assertThat(changes.get(2).get("changedBy").asString()).isEqualTo("admin");
        assertThat(changes.get(2).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void requiresAReasonToDelete() {
        double[] at = Wells.freshSpot();
        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();

        Response r = api.delete("/api/wells/" + id, Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(error(r, "reason")).isEqualTo("REASON_REQUIRED");
        assertThat(api.get("/api/wells/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesBadDatesAndReadingsAllAtOnce() {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE",
                "\"drilledOn\":\"15/06/2019\",\"depthM\":30,\"staticWaterLevelM\":45,\"pumpType\":\"WINDMILL\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(error(r, "properties.drilledOn")).isEqualTo("INVALID_DATE");
        assertThat(error(r, "properties.staticWaterLevelM")).isEqualTo("BELOW_WELL_BOTTOM");
        assertThat(error(r, "properties.pumpType")).isEqualTo("UNKNOWN_VALUE");
    }

    private Response setStatus(long id, String status) {
        JsonNode current = api.get("/api/wells/" + id).json();
        JsonNode c = current.get("geometry").get("coordinates");
        return api.put("/api/wells/" + id, Wells.feature(c.get(0).asDouble(), c.get(1).asDouble(), "BOREHOLE", "AGRICULTURAL",
                status, "\"depthM\":120.5,\"diameterMm\":200,\"yieldM3PerDay\":350,\"owner\":{\"name\":\"سالم بن علي\",\"civilId\":\"12345678\"}"),
                Map.of());
    }

    private static String error(Response r, String field) {
        for (JsonNode e : r.json().path("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e.get("code").asString();
            }
        }
        return "no error on " + field + " in " + r.body();
    }
}
