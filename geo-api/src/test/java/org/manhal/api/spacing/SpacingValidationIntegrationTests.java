package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;

import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad input to {@code POST /api/checks/well-spacing}: a 400
 * {@code application/problem+json} naming the field and a stable code, in English and Arabic,
 * with the location checked exactly as a well registration checks it.
 */
@ManhalApiTest
class SpacingValidationIntegrationTests {

    private static final String OK_REST = "\"applicationType\":\"WELL_DRILLING\",\"use\":\"AGRICULTURAL\",\"yieldM3PerDay\":20";

    final ApiClient api;

    SpacingValidationIntegrationTests(ApiClient api) {
        this.api = api;
    }

    static Stream<Arguments> badChecks() {
        return Stream.of(
                Arguments.of("a polygon, not a point", "{\"location\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[57,22],[57.1,22],[57.1,22.1],[57,22]]]}," + OK_REST + "}", "location", "NOT_A_POINT"),
                Arguments.of("no location", "{" + OK_REST + "}", "location", "REQUIRED"),
                Arguments.of("outside Oman (Dubai)", at("55.2708", "25.2048"), "location", "OUTSIDE_OMAN"),
                Arguments.of("lat/lon swapped (Nizwa)", at("22.9333", "57.5301"), "location", "LAT_LON_SWAPPED"),
                Arguments.of("UTM metres sent as degrees", at("655000", "2536000"), "location", "NOT_LON_LAT"),
                Arguments.of("string coordinates", at("\"57.5\"", "\"22.9\""), "location.coordinates", "INVALID_COORDINATES"),
                Arguments.of("unknown application type", body("\"WELL_WIDENING\"", "\"AGRICULTURAL\"", "20"),
                        "applicationType", "UNKNOWN_VALUE"),
                Arguments.of("a building permit is not a well application", body("\"BUILDING_PERMIT\"", "\"AGRICULTURAL\"", "20"),
                        "applicationType", "UNKNOWN_VALUE"),
                Arguments.of("no application type", "{\"location\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]},"
                        + "\"use\":\"AGRICULTURAL\"}", "applicationType", "REQUIRED"),
                Arguments.of("unknown use", body("\"WELL_DRILLING\"", "\"GOLF\"", "20"), "use", "UNKNOWN_VALUE"),
                Arguments.of("no use", body("\"WELL_DRILLING\"", "null", "20"), "use", "REQUIRED"),
                Arguments.of("negative yield", body("\"WELL_DRILLING\"", "\"AGRICULTURAL\"", "-1"), "yieldM3PerDay", "NEGATIVE"),
                Arguments.of("yield as text", body("\"WELL_DRILLING\"", "\"AGRICULTURAL\"", "\"lots\""), "yieldM3PerDay", "NOT_A_NUMBER"),
                Arguments.of("implausible yield", body("\"WELL_DRILLING\"", "\"AGRICULTURAL\"", "1e9"), "yieldM3PerDay", "OUT_OF_RANGE"),
                Arguments.of("unknown well", "{\"location\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]}," + OK_REST
                        + ",\"wellId\":987654321987}", "wellId", "UNKNOWN_WELL"),
                Arguments.of("well id as text", "{\"location\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]}," + OK_REST
                        + ",\"wellId\":\"W-1\"}", "wellId", "INVALID_VALUE"),
                Arguments.of("not JSON", "{location:", "body", "MALFORMED_JSON"),
                Arguments.of("a JSON array", "[1,2]", "body", "NOT_AN_OBJECT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChecks")
    void refusesBadInputWithAProblemNamingTheField(String name, String body, String field, String code) {
        Response r = api.post("/api/checks/well-spacing", "application/json", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://manhal.om/problems/invalid-input");
        JsonNode error = problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("messageAr").asString()).matches("(?s).*[\\u0600-\\u06FF].*");
    }

    private static String at(String lon, String lat) {
        return "{\"location\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}," + OK_REST + "}";
    }

    private static String body(String type, String use, String yield) {
        return "{\"location\":{\"type\":\"Point\",\"coordinates\":[57.53,22.93]},\"applicationType\":" + type
                + ",\"use\":" + use + ",\"yieldM3PerDay\":" + yield + "}";
    }
}
