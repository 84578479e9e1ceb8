package org.manhal.api.well;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad input to the wells API: a specific 4xx problem+json in English and Arabic,
 * naming the field, and nothing written.
 */
@ManhalApiTest
class WellValidationIntegrationTests {

    private static final String PROPS = "\"properties\":{\"type\":\"BOREHOLE\",\"use\":\"DOMESTIC\",\"status\":\"ACTIVE\"}";

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    WellValidationIntegrationTests(ApiClient api) {
        this.api = api;
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("outside Oman (Gulf of Guinea)", point("0", "0"), "geometry", "OUTSIDE_OMAN"),
                Arguments.of("outside Oman (Dubai)", point("55.2708", "25.2048"), "geometry", "OUTSIDE_OMAN"),
                Arguments.of("in the sea off Muscat", point("58.7", "23.9"), "geometry", "OUTSIDE_OMAN"),
                Arguments.of("lat/lon swapped (Nizwa)", point("22.9333", "57.5301"), "geometry", "LAT_LON_SWAPPED"),
                Arguments.of("UTM 40N metres sent as degrees", point("655000", "2536000"), "geometry", "NOT_LON_LAT"),
                Arguments.of("string coordinates", point("\"57.5\"", "\"22.9\""), "geometry.coordinates", "INVALID_COORDINATES"),
                Arguments.of("one coordinate", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[57.5]}," + PROPS + "}",
                        "geometry.coordinates", "INVALID_COORDINATES"),
                Arguments.of("a polygon, not a point", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[57,22],[57.1,22],[57.1,22.1],[57,22]]]}," + PROPS + "}", "geometry", "NOT_A_POINT"),
                Arguments.of("no geometry", "{\"type\":\"Feature\",\"geometry\":null," + PROPS + "}", "geometry", "REQUIRED"),
                Arguments.of("projected CRS named", "{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:EPSG::32640\"}},\"geometry\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]},"
                        + PROPS + "}", "crs", "UNSUPPORTED_CRS"),
                Arguments.of("not a Feature", "{\"type\":\"Point\",\"coordinates\":[57.53,22.93]}", "type", "NOT_A_FEATURE"),
                Arguments.of("unknown type", Wells.feature(57.53, 22.93, "ARTESIAN", "DOMESTIC", "ACTIVE", ""),
                        "properties.type", "UNKNOWN_VALUE"),
                Arguments.of("unknown use", Wells.feature(57.53, 22.93, "BOREHOLE", "GOLF", "ACTIVE", ""),
                        "properties.use", "UNKNOWN_VALUE"),
                Arguments.of("unknown status", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "DRY", ""),
                        "properties.status", "UNKNOWN_VALUE"),
                Arguments.of("missing status", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]},"
                        + "\"properties\":{\"type\":\"BOREHOLE\",\"use\":\"DOMESTIC\"}}", "properties.status", "REQUIRED"),
                Arguments.of("negative depth", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE", "\"depthM\":-5"),
                        "properties.depthM", "NEGATIVE"),
                Arguments.of("implausible depth", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE", "\"depthM\":25000"),
                        "properties.depthM", "OUT_OF_RANGE"),
                Arguments.of("depth as text", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE", "\"depthM\":\"deep\""),
                        "properties.depthM", "NOT_A_NUMBER"),
                Arguments.of("negative yield", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE", "\"yieldM3PerDay\":-1"),
                        "properties.yieldM3PerDay", "NEGATIVE"),
                Arguments.of("tiny diameter", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE", "\"diameterMm\":3"),
                        "properties.diameterMm", "OUT_OF_RANGE"),
                Arguments.of("bad civil id", Wells.feature(57.53, 22.93, "BOREHOLE", "DOMESTIC", "ACTIVE",
                        "\"owner\":{\"name\":\"x\",\"civilId\":\"12-AB\"}"), "properties.owner.civilId", "INVALID_CIVIL_ID"),
                Arguments.of("malformed JSON", "{\"type\":\"Feature\",", "body", "MALFORMED_JSON"),
                Arguments.of("empty body", " ", "body", "EMPTY_BODY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void refusesBadRegistrationWithSpecificBilingualProblemAndWritesNothing(String name, String body, String field, String code) {
        long before = wellCount();

        Response r = api.post("/api/wells", "application/geo+json", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://manhal.om/problems/invalid-input");
        assertThat(problem.get("titleAr").asString()).isNotBlank();
        JsonNode error = findError(problem, field);
        assertThat(error).as("error on %s in %s", field, problem).isNotNull();
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("messageAr").asString()).matches(".*[\\u0600-\\u06FF].*");
        assertThat(wellCount()).isEqualTo(before);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Response r = api.post("/api/wells", "application/geo+json",
                Wells.feature(22.9333, 57.5301, "ARTESIAN", "DOMESTIC", "ACTIVE", "\"depthM\":-1"));

        JsonNode problem = r.json();
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(findError(problem, "geometry").get("message").asString()).contains("[57.5301, 22.9333]");
    }

    @Test
    void refusesUnsupportedMediaTypeWith415() {
        Response r = api.post("/api/wells", "text/csv", "lon,lat\n57.5,22.9");

        assertThat(r.status()).isEqualTo(415);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detailAr").asString()).isNotBlank();
    }

    @Test
    void refusesBadSearchParametersAllAtOnce() {
        Response r = api.get("/api/wells?bbox=58,24,57,23&use=GOLF&limit=0&offset=-1");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("bbox", "use", "limit", "offset");
    }

    @Test
    void refusesBboxWithTooFewNumbers() {
        Response r = api.get("/api/wells?bbox=57,23,58");

        assertThat(r.status()).isEqualTo(400);
        assertThat(findError(r.json(), "bbox").get("code").asString()).isEqualTo("INVALID_BBOX");
    }

    @Test
    void refusesGarbageIfMatch() {
        double[] at = Wells.freshSpot();
        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();

        Response r = api.put("/api/wells/" + id, Wells.feature(at[0], at[1]), Map.of("If-Match", "\"abc\""));

        assertThat(r.status()).isEqualTo(400);
        assertThat(findError(r.json(), "If-Match").get("code").asString()).isEqualTo("INVALID_ETAG");
    }

    @Test
    void refusesInvalidCorrectionAndKeepsTheWellAsItWas() {
        double[] at = Wells.freshSpot();
        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();

        Response r = api.put("/api/wells/" + id, Wells.feature(0, 0), Map.of());

        assertThat(r.status()).isEqualTo(400);
        JsonNode well = api.get("/api/wells/" + id).json();
        assertThat(well.get("properties").get("version").asLong()).isZero();
        assertThat(well.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(at[0], offset(1e-6));
    }

    @Test
    void answersNonNumericIdWithProblemNot500() {
        Response r = api.get("/api/wells/abc");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    private long wellCount() {
        return jdbc.sql("select count(*) from well").query(Long.class).single();
    }

    private static String point(String lon, String lat) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}," + PROPS + "}";
    }

    private static JsonNode findError(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.get("field").asString().equals(field)) {
                return e;
            }
        }
        return null;
    }
}
