package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.manhal.support.SpacingFixtures.anyAzimuth;
import static org.manhal.support.SpacingFixtures.at;
import static org.manhal.support.SpacingFixtures.pointWkt;
import static org.manhal.support.SpacingFixtures.request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/checks/well-spacing} against features each test inserts at a spot of its own:
 * pass, fail and review verdicts, the centimetre at the limit, distances equal to PostGIS
 * geography's, and every finding with its geometry and both languages.
 */
@ManhalApiTest
class SpacingCheckIntegrationTests {

    private static final String CHECK = "/api/checks/well-spacing";

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    SpacingFixtures fixtures;

    SpacingCheckIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        fixtures = new SpacingFixtures(jdbc);
    }

    @Test
    void passesWithNoFindingFarFromEverything() {
        JsonNode verdict = check(fixtures.freeSpot(), "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("PASS");
        assertThat(verdict.get("findings")).isEmpty();
        assertThat(verdict.get("truncated")).isEmpty();
    }

    @Test
    void failsWithinTheHarimOfAFalajMotherWell(SplittableRandom random) {
        double[] falaj = fixtures.freeSpot();
        long id = fixtures.feature("FALAJ_MOTHER_WELL", "Test falaj", pointWkt(falaj));
        double[] well = at(falaj[0], falaj[1], anyAzimuth(random), 1234.56);

        JsonNode verdict = check(well, "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("FAIL");
        JsonNode f = only(verdict, "OM-FALAJ-3500");
        assertThat(f.get("outcome").asString()).isEqualTo("REJECT");
        assertThat(f.get("measuredDistanceM").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(f.get("requiredDistanceM").decimalValue()).isEqualByComparingTo("3500.00");
        assertThat(f.get("feature").get("id").asLong()).isEqualTo(id);
        assertThat(f.get("feature").get("kind").asString()).isEqualTo("FALAJ_MOTHER_WELL");
        assertThat(f.get("feature").get("name").asString()).isEqualTo("Test falaj");
        assertThat(f.get("legalReference").asString()).contains("3.5 km");
        assertThat(f.get("messageEn").asString()).contains("1234.56 m", "Test falaj", "3500.00 m");
        assertThat(f.get("messageAr").asString()).contains("1234.56", "أم الفلج");
        assertLineFromWellTo(f.get("geometry"), well, falaj);
    }

    @Test
    void exactlyAtTheLimitPassesAndOneCentimetreInsideFails(SplittableRandom random) {
        double[] falaj = fixtures.freeSpot();
        fixtures.feature("FALAJ_MOTHER_WELL", "Limit falaj", pointWkt(falaj));
        double azimuth = anyAzimuth(random);

        assertThat(verdictAt(at(falaj[0], falaj[1], azimuth, 3500.00))).isEqualTo("PASS");
        assertThat(verdictAt(at(falaj[0], falaj[1], azimuth, 3500.01))).isEqualTo("PASS");
        assertThat(verdictAt(at(falaj[0], falaj[1], azimuth, 3499.99))).isEqualTo("FAIL");
        // measured to the centimetre: 4 mm short is recorded as 3500.00 m, which passes
        assertThat(verdictAt(at(falaj[0], falaj[1], azimuth, 3499.996))).isEqualTo("PASS");
        assertThat(only(check(at(falaj[0], falaj[1], azimuth, 3499.99), "WELL_DRILLING", "AGRICULTURAL", 20.0),
                "OM-FALAJ-3500").get("measuredDistanceM").decimalValue()).isEqualByComparingTo("3499.99");
    }

    @Test
    void needsReviewNearAPublicSupplyWell(SplittableRandom random) {
        double[] supply = fixtures.freeSpot();
        fixtures.feature("PUBLIC_SUPPLY_WELL", "Test supply well", pointWkt(supply));

        JsonNode verdict = check(at(supply[0], supply[1], anyAzimuth(random), 321.0), "WELL_DRILLING", "DOMESTIC", 5.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(only(verdict, "OM-PSW-500").get("outcome").asString()).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void failsInsideARedProtectionZoneAndDrawsTheZone() {
        double[] c = fixtures.freeSpot();
        long zone = fixtures.zone("WPZ_RED", "Test red zone", String.format(Locale.ROOT,
                "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", c[0] - 0.01, c[1] - 0.01, c[0] + 0.01, c[1] - 0.01,
                c[0] + 0.01, c[1] + 0.01, c[0] - 0.01, c[1] + 0.01, c[0] - 0.01, c[1] - 0.01));

        JsonNode verdict = check(c, "WELL_DRILLING", "AGRICULTURAL", 20.0);

        assertThat(verdict.get("verdict").asString()).isEqualTo("FAIL");
        JsonNode f = only(verdict, "OM-WPZ-RED");
        assertThat(f.get("measuredDistanceM").isNull()).isTrue();
        assertThat(f.get("feature").get("id").asLong()).isEqualTo(zone);
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        assertThat(check(c, "WELL_DEEPENING", "AGRICULTURAL", 20.0).get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void lineToTheNearestPointOfAChannel() {
        double[] a = fixtures.freeSpot();
        double[] b = at(a[0], a[1], 90, 2000);
        fixtures.feature("FALAJ_CHANNEL", "Test channel", "LINESTRING(" + a[0] + " " + a[1] + ", " + b[0] + " " + b[1] + ")");
        double[] mid = at(a[0], a[1], 90, 1000);
        double[] well = at(mid[0], mid[1], 0, 300);

        JsonNode f = only(check(well, "WELL_DRILLING", "AGRICULTURAL", 20.0), "OM-FALAJ-CHANNEL-500");

        assertThat(f.get("outcome").asString()).isEqualTo("WARN");
        assertThat(f.get("measuredDistanceM").doubleValue()).isCloseTo(300.0, offset(1.0));
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("LineString");
    }

    static Stream<Arguments> pointCases() {
        return Stream.of(
                Arguments.of("Al Wusta, mid-range", null, 1234.5),
                Arguments.of("Al Wusta, 1 cm inside the limit", null, 3499.99),
                Arguments.of("west of 54°E to east of it (Dhofar)", new double[] {53.985, 18.5}, 3000.0),
                Arguments.of("east of 54°E to west of it (Dhofar)", new double[] {54.012, 18.4}, 2500.0),
                Arguments.of("Musandam", new double[] {56.25, 26.05}, 2222.22),
                Arguments.of("Musandam, north–south", new double[] {56.21, 26.09}, 3499.99));
    }

    /** The service's distances equal PostGIS {@code ST_Distance(a::geography, b::geography)} to the centimetre. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pointCases")
    void measuresPointDistancesAsPostgisGeographyDoes(String name, double[] fixed, double metres, SplittableRandom random) {
        double[] falaj = fixed != null ? fixed : fixtures.freeSpot();
        double azimuth = fixed != null && fixed[0] < 54 ? 90 : fixed != null && fixed[0] > 54 && fixed[1] < 19 ? 270 : anyAzimuth(random);
        long id = fixtures.feature("FALAJ_MOTHER_WELL", "Geodesy falaj " + name, pointWkt(falaj));
        double[] well = at(falaj[0], falaj[1], azimuth, metres);

        JsonNode f = check(well, "WELL_DRILLING", "AGRICULTURAL", 20.0).get("findings").valueStream()
                .filter(x -> x.get("feature").get("id").asLong() == id).findFirst().orElseThrow();

        double postgis = jdbc.sql("select ST_Distance(ST_GeomFromText(?, 4326)::geography, ST_GeomFromText(?, 4326)::geography)")
                .params(pointWkt(well), pointWkt(falaj)).query(Double.class).single();
        assertThat(f.get("measuredDistanceM").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(postgis).setScale(2, RoundingMode.HALF_UP));
        assertThat(f.get("measuredDistanceM").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(metres).setScale(2, RoundingMode.HALF_UP));
    }

    private String verdictAt(double[] well) {
        return check(well, "WELL_DRILLING", "AGRICULTURAL", 20.0).get("verdict").asString();
    }

    private JsonNode check(double[] well, String type, String use, Double yield) {
        Response r = api.post(CHECK, "application/json", request(well, type, use, yield));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode verdict = r.json();
        for (JsonNode f : verdict.get("findings")) {
            assertThat(f.get("geometry").get("type").asString()).as("finding has a geometry: " + f).isNotBlank();
            assertThat(f.get("messageAr").asString()).as("Arabic message: " + f).matches("(?s).*[\\u0600-\\u06FF].*");
            assertThat(f.get("messageEn").asString()).as("English message: " + f).isNotBlank();
            assertThat(f.get("legalReference").asString()).isNotBlank();
        }
        return verdict;
    }

    private static JsonNode only(JsonNode verdict, String ruleId) {
        var matching = verdict.get("findings").valueStream().filter(f -> f.get("ruleId").asString().equals(ruleId)).toList();
        assertThat(matching).as("findings of " + ruleId + " in " + verdict).hasSize(1);
        return matching.get(0);
    }

    private static void assertLineFromWellTo(JsonNode geometry, double[] well, double[] feature) {
        assertThat(geometry.get("type").asString()).isEqualTo("LineString");
        JsonNode c = geometry.get("coordinates");
        assertThat(c.get(0).get(0).doubleValue()).isCloseTo(well[0], offset(1e-7));
        assertThat(c.get(0).get(1).doubleValue()).isCloseTo(well[1], offset(1e-7));
        assertThat(c.get(1).get(0).doubleValue()).isCloseTo(feature[0], offset(1e-7));
        assertThat(c.get(1).get(1).doubleValue()).isCloseTo(feature[1], offset(1e-7));
    }
}
