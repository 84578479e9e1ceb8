package org.manhal.api.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The counting API over real HTTP against the real PostGIS: answers equal to the plain queries of
 * the same moment, counts that follow registrations, moves and deletions, and a specific bilingual
 * problem for every kind of bad input.
 */
@ManhalApiTest
class WellCountApiIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    WellCountApiIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void countsAllWellsByGovernorateWithNamesLikePlainGroupBy() {
        Response r = api.get("/api/wells/count?groupBy=governorate");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode rows = r.json().get("rows");
        assertThat(rows).hasSize(11); // every well of the fresh registry and of this class has a governorate
        JsonNode muscat = find(rows, "OM-MA");
        assertThat(muscat.get("nameEn").asString()).isEqualTo("Muscat");
        assertThat(muscat.get("nameAr").asString()).isEqualTo("مسقط");
        assertThat(byKey(rows)).isEqualTo(plain("""
                select a.code as key, count(w.id) as n from admin_area a left join well w
                    on w.governorate_id = a.id and w.deleted_at is null where a.level = 'GOVERNORATE' group by 1"""));
        assertThat(r.json().get("count").asLong()).isEqualTo(
                jdbc.sql("select count(*) from well where deleted_at is null").query(Long.class).single());
    }

    @Test
    void countsByUseWithCodeListLabelsAndFilters() {
        Response r = api.get("/api/wells/count?groupBy=use&status=ACTIVE&governorate=OM-DA");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode agricultural = find(r.json().get("rows"), "AGRICULTURAL");
        assertThat(agricultural.get("nameAr").asString()).isEqualTo("زراعي");
        assertThat(agricultural.get("nameEn").asString()).isEqualTo("Agricultural");
        assertThat(nonZero(byKey(r.json().get("rows")))).isEqualTo(plain("""
                select w.use as key, count(*) as n from well w join admin_area g on g.id = w.governorate_id
                 where w.deleted_at is null and w.status = 'ACTIVE' and g.code = 'OM-DA' group by 1"""));
    }

    @Test
    void countsByWilayatWithoutBeingTakenForAWellId() {
        Response r = api.get("/api/wells/count?groupBy=wilayat");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(find(r.json().get("rows"), "OM-MA-SEB")).isNotNull();
        assertThat(r.json().get("rows").size()).isEqualTo(61);
    }

    @Test
    void countsInPolygonLikePlainIntersectsAndFollowsRegistrationsMovesAndDeletions() {
        double[] at = Wells.freshSpot();
        String polygon = box(at[0] - 0.01, at[1] - 0.01, at[0] + 0.01, at[1] + 0.01);
        assertThat(countIn(polygon)).isZero().isEqualTo(plainIn(polygon));

        long id = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();
        assertThat(countIn(polygon)).isEqualTo(1).isEqualTo(plainIn(polygon));

        api.put("/api/wells/" + id, Wells.feature(at[0] + 0.05, at[1]), Map.of());
        assertThat(countIn(polygon)).isZero().isEqualTo(plainIn(polygon));

        api.put("/api/wells/" + id, Wells.feature(at[0], at[1]), Map.of());
        assertThat(countIn(polygon)).isEqualTo(1).isEqualTo(plainIn(polygon));
        api.delete("/api/wells/" + id + "?reason=test", Map.of());
        assertThat(countIn(polygon)).isZero().isEqualTo(plainIn(polygon));
    }

    @Test
    void countsWellsOnThePolygonBoundary() {
        double[] spot = Wells.freshSpot();
        double[] at = {Math.round(spot[0] * 1e7) / 1e7, Math.round(spot[1] * 1e7) / 1e7}; // as the API stores it
        api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        String edgeThroughWell = box(at[0], at[1] - 0.001, at[0] + 0.001, at[1] + 0.001);

        assertThat(countIn(edgeThroughWell)).isEqualTo(1).isEqualTo(plainIn(edgeThroughWell));
    }

    @Test
    void takesFiltersFromFeaturePropertiesAndBreaksDownOnRequest() {
        String area = box(56.0, 22.0, 59.0, 24.5);
        String feature = "{\"type\":\"Feature\",\"properties\":{\"use\":\"DOMESTIC\"},\"geometry\":" + area + "}";

        Response r = api.post("/api/wells/count?groupBy=status", "application/geo+json", feature);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(nonZero(byKey(r.json().get("rows")))).isEqualTo(plain("""
                select status as key, count(*) as n from well where deleted_at is null and use = 'DOMESTIC'
                   and ST_Intersects(ST_GeomFromGeoJSON('%s'), geom) group by 1""".formatted(area)));
        assertThat(find(r.json().get("rows"), "ACTIVE").get("nameAr").asString()).isNotBlank();
    }

    @Test
    void countsInMultiPolygonWithHole() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[57,22],[58.5,22],[58.5,24],[57,24],[57,22]],"
                + "[[57.5,22.5],[58,22.5],[58,23],[57.5,22.5]]],[[[55,18],[56,18],[56,19],[55,18]]]]}";

        assertThat(countIn(multi)).isEqualTo(plainIn(multi));
    }

    static Stream<Arguments> badCounts() {
        String square = box(57, 22, 58, 23);
        return Stream.of(
                Arguments.of("a point", "{\"type\":\"Point\",\"coordinates\":[57,22]}", "", "geometry", "NOT_A_POLYGON"),
                Arguments.of("a line", "{\"type\":\"LineString\",\"coordinates\":[[57,22],[58,23]]}", "", "geometry", "NOT_A_POLYGON"),
                Arguments.of("self-intersecting (bow tie)", "{\"type\":\"Polygon\",\"coordinates\":[[[57,22],[58,23],[58,22],[57,23],[57,22]]]}",
                        "", "geometry", "SELF_INTERSECTION"),
                Arguments.of("unclosed ring", "{\"type\":\"Polygon\",\"coordinates\":[[[57,22],[58,22],[58,23],[57,23]]]}",
                        "", "geometry.coordinates[0]", "RING_NOT_CLOSED"),
                Arguments.of("too few positions", "{\"type\":\"Polygon\",\"coordinates\":[[[57,22],[58,22],[57,22]]]}",
                        "", "geometry.coordinates[0]", "TOO_FEW_POINTS"),
                Arguments.of("text coordinates", "{\"type\":\"Polygon\",\"coordinates\":[[[\"57\",22],[58,22],[58,23],[57,22]]]}",
                        "", "geometry.coordinates[0][0]", "INVALID_COORDINATES"),
                Arguments.of("too many vertices", circle(20_001), "", "geometry", "TOO_MANY_VERTICES"),
                Arguments.of("UTM metres sent as degrees", box(655000, 2536000, 656000, 2537000), "", "geometry", "NOT_LON_LAT"),
                Arguments.of("latitude beyond 90", box(57, 89, 58, 91), "", "geometry", "NOT_LON_LAT"),
                Arguments.of("projected CRS named", "{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:EPSG::32640\"}},\"properties\":{},\"geometry\":" + square + "}", "", "crs", "UNSUPPORTED_CRS"),
                Arguments.of("unknown groupBy", square, "?groupBy=village", "groupBy", "UNKNOWN_VALUE"),
                Arguments.of("unknown use", square, "?use=GOLF", "use", "UNKNOWN_VALUE"),
                Arguments.of("unknown status in properties", "{\"type\":\"Feature\",\"properties\":{\"status\":\"DRY\"},\"geometry\":"
                        + square + "}", "", "properties.status", "UNKNOWN_VALUE"),
                Arguments.of("filter sent twice, differently", "{\"type\":\"Feature\",\"properties\":{\"use\":\"DOMESTIC\"},\"geometry\":"
                        + square + "}", "?use=LIVESTOCK", "properties.use", "CONFLICTING_VALUE"),
                Arguments.of("unknown governorate", square, "?governorate=OM-XX", "governorate", "UNKNOWN_AREA"),
                Arguments.of("malformed JSON", "{\"type\":\"Polygon\",", "", "body", "MALFORMED_JSON"),
                Arguments.of("no geometry in the Feature", "{\"type\":\"Feature\",\"properties\":{}}", "", "geometry", "REQUIRED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCounts")
    void refusesBadCountWithSpecificBilingualProblem(String name, String body, String query, String field, String code) {
        Response r = api.post("/api/wells/count" + query, "application/geo+json", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = null;
        for (JsonNode e : r.json().path("errors")) {
            error = e.get("field").asString().equals(field) ? e : error;
        }
        assertThat(error).as("error on %s in %s", field, r.body()).isNotNull();
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("messageAr").asString()).matches("(?s).*[\\u0600-\\u06FF].*");
    }

    @Test
    void reportsTheJtsErrorCoordinateOfASelfIntersection() {
        Response r = api.post("/api/wells/count", "application/json",
                "{\"type\":\"Polygon\",\"coordinates\":[[[57,22],[58,23],[58,22],[57,23],[57,22]]]}");

        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("Self-intersection").contains("[57.5, 22.5]");
    }

    @Test
    void refusesUnknownGroupByOnGet() {
        Response r = api.get("/api/wells/count?groupBy=village&status=DRY");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactlyInAnyOrder("groupBy", "status");
    }

    private long countIn(String geometry) {
        Response r = api.post("/api/wells/count", "application/geo+json", geometry);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("count").asLong();
    }

    private long plainIn(String geometry) {
        return jdbc.sql("select count(*) from well where deleted_at is null and ST_Intersects(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), geom)")
                .param(geometry).query(Long.class).single();
    }

    private Map<String, Long> plain(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString("key"), rs.getLong("n"));
        });
        return counts;
    }

    private static Map<String, Long> byKey(JsonNode rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(row.get("key").isNull() ? null : row.get("key").asString(), row.get("count").asLong()));
        return counts;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static JsonNode find(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (key.equals(row.get("key").asString(null))) {
                return row;
            }
        }
        return null;
    }

    private static String box(double x0, double y0, double x1, double y1) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }

    /** A polygon of n vertices (closing one included) around Nizwa. */
    private static String circle(int n) {
        String ring = IntStream.range(0, n).mapToObj(i -> {
            double a = i == n - 1 ? 0 : 2 * Math.PI * i / (n - 1);
            return String.format(Locale.ROOT, "[%.7f,%.7f]", 57.5 + Math.cos(a), 22.9 + Math.sin(a));
        }).collect(Collectors.joining(","));
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }
}
