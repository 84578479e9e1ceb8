package org.manhal.api.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM39;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.zoning.ZoneRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/checks/zoning} on plots drawn in UTM metres, so that every expected value is
 * known by hand: a 30 × 40 m rectangle with its street on the south (front 6 m, sides 3 m, rear
 * 4.5 m), an L-shaped (concave) plot whose inner corner decides the rear setback (√18 = 4.24 m), a
 * plot with a hole, a plot split by a zone line, and a plot west of 54°E measured in UTM 39N.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoningCheckIntegrationTests {

    /** The rectangle's south-west corner, UTM 40N (about 57.98°E, 23.5°N). */
    static final double E0 = 600_000;
    static final double N0 = 2_600_000;

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;
    ZoningFixtures fx;

    ZoningCheckIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void plots() {
        fx = new ZoningFixtures(jdbc, rules);
        fx.residentialRule("T1");
        fx.rule("T2", "{RESIDENTIAL}", "{}", 40.0, 1.0, 2, 8.0, 6, 3, 4.5, null);
        // T1 covers everything from E0 - 1 km to E0 + 1 km, but the strip from E0 + 1015 east is T2
        fx.zone("T1", rect(E0, N0, -1000, -1000, 1015, 1000), UTM40);
        fx.zone("T2", rect(E0, N0, 1015, -1000, 2000, 1000), UTM40);
        fx.rectanglePlot("RECT-1", E0, N0);
        // L-shaped: (0,0) (40,0) (40,20) (20,20) (20,40) (0,40), street on the south
        fx.plot("L-1", "POLYGON((%1$s %2$s, %3$s %2$s, %3$s %4$s, %5$s %4$s, %5$s %6$s, %1$s %6$s, %1$s %2$s))"
                .formatted(E0 + 100, N0, E0 + 140, N0 + 20, E0 + 120, N0 + 40), UTM40,
                "LINESTRING(%s %s, %s %s)".formatted(E0 + 100, N0, E0 + 140, N0));
        // 50 x 50 with a 10 x 10 hole in the middle (a utility plot carved out), street on the south
        fx.plot("HOLE-1", "POLYGON((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s), (%5$s %6$s, %7$s %6$s, %7$s %8$s, %5$s %8$s, %5$s %6$s))"
                .formatted(E0 + 200, N0, E0 + 250, N0 + 50, E0 + 220, N0 + 20, E0 + 230, N0 + 30), UTM40,
                "LINESTRING(%s %s, %s %s)".formatted(E0 + 200, N0, E0 + 250, N0));
        // across the T1/T2 line at E0 + 1015: half in each
        fx.plot("SPLIT-1", rect(E0, N0, 1000, 0, 1030, 40), UTM40, "LINESTRING(%s %s, %s %s)".formatted(E0 + 1000, N0, E0 + 1030, N0));
        // cadastral numbers hold slashes
        fx.plot("17/3-B", rect(E0, N0, 400, 0, 430, 40), UTM40, "LINESTRING(%s %s, %s %s)".formatted(E0 + 400, N0, E0 + 430, N0));
    }

    @Test
    void aPlotNumberWithSlashesIsReadAndCheckedByItsNumber() {
        Response plot = api.as(Role.PLANNER).get("/api/plots/" + fx.wilayat + "/17/3-B");
        assertThat(plot.status()).as(plot.toString()).isEqualTo(200);
        assertThat(plot.json().get("properties").get("plotNumber").asString()).isEqualTo("17/3-B");
        assertThat(api.as(Role.PLANNER).get("/api/plots/" + fx.wilayat + "/17/3").status()).isEqualTo(404);
        Response r = check(fx.onPlot("17/3-B", fx.geoJson(rect(E0, N0, 403, 6, 427, 35.5), UTM40), "RESIDENTIAL", 2, null, null));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("plot").get("plotNumber").asString()).isEqualTo("17/3-B");
    }

    private Response check(String body) {
        return api.post("/api/checks/zoning", "application/json", body);
    }

    private String fp(double x1, double y1, double x2, double y2) {
        return fx.geoJson(rect(E0, N0, x1, y1, x2, y2), UTM40);
    }

    private static List<String> ruleIds(JsonNode verdict) {
        List<String> ids = new ArrayList<>();
        verdict.get("findings").forEach(f -> ids.add(f.get("ruleId").asString()));
        return ids;
    }

    @Test
    void aFootprintExactlyOnTheSetbackLinesPasses() {
        Response r = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "RESIDENTIAL", 2, 9.0, null));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("verdict").asString()).as(r.toString()).isEqualTo("PASS");
        assertThat(v.get("findings").size()).isZero();
        assertThat(v.get("plot").get("areaM2").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(v.get("footprintAreaM2").decimalValue()).isEqualByComparingTo("708.00");
        assertThat(v.get("grossFloorAreaM2").decimalValue()).isEqualByComparingTo("1416.00");
        assertThat(v.get("boundaryDistanceM").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(v.get("metricCrs").asString()).isEqualTo("EPSG:32640");
        assertThat(v.get("zones").get(0).get("code").asString()).isEqualTo("T1");
        assertThat(v.get("strictestOfZones").asBoolean()).isFalse();
    }

    @Test
    void oneCentimetreInsideTheFrontSetbackFailsOneOutsidePasses() {
        Response inside = check(fx.onPlot("RECT-1", fp(3, 5.99, 27, 35.5), "RESIDENTIAL", 2, null, null));
        JsonNode v = inside.json();
        assertThat(v.get("verdict").asString()).as(inside.toString()).isEqualTo("FAIL");
        assertThat(ruleIds(v)).containsExactly("T1.SETBACK_FRONT");
        JsonNode f = v.get("findings").get(0);
        assertThat(f.get("measuredValue").decimalValue()).isEqualByComparingTo("5.99");
        assertThat(f.get("limit").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(f.get("unit").asString()).isEqualTo("m");
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("LineString");
        assertThat(f.get("drawings").get(0).get("role").asString()).isEqualTo("OFFENDING_EDGE");
        // the offending edge is the street edge on the south: the plot's first two corners (SW, SE)
        JsonNode edge = f.get("drawings").get(0).get("geometry").get("coordinates");
        JsonNode ring = v.get("plot").get("geometry").get("coordinates").get(0);
        for (int i = 0; i < 2; i++) {
            for (int axis = 0; axis < 2; axis++) {
                assertThat(edge.get(i).get(axis).asDouble()).isCloseTo(ring.get(i).get(axis).asDouble(),
                        org.assertj.core.data.Offset.offset(2e-7));
            }
        }
        assertThat(f.get("drawings").get(1).get("role").asString()).isEqualTo("SETBACK_LINE");
        assertThat(f.get("messageAr").asString()).contains("5.99").contains("6.00");
        assertThat(f.get("messageEn").asString()).contains("5.99 m").contains("front setback");

        Response outside = check(fx.onPlot("RECT-1", fp(3, 6.01, 27, 35.5), "RESIDENTIAL", 2, null, null));
        assertThat(outside.json().get("verdict").asString()).as(outside.toString()).isEqualTo("PASS");
        assertThat(outside.json().get("boundaryDistanceM").decimalValue()).isEqualByComparingTo("3.00");
    }

    @Test
    void sideAndRearSetbacksAreMeasuredOnTheirOwnEdges() {
        // 2.99 m from the west side, 4.49 m from the rear (north)
        JsonNode v = check(fx.onPlot("RECT-1", fp(2.99, 6, 27, 35.51), "RESIDENTIAL", 2, null, null)).json();
        assertThat(ruleIds(v)).containsExactly("T1.SETBACK_SIDE", "T1.SETBACK_REAR");
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("2.99");
        assertThat(v.get("findings").get(1).get("measuredValue").decimalValue()).isEqualByComparingTo("4.49");
    }

    @Test
    void floorsHeightFloorAreaAndUseAreChecked() {
        JsonNode v = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "RESIDENTIAL", 4, 12.5, 2200.0)).json();
        assertThat(v.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(ruleIds(v)).containsExactly("T1.FLOOR_AREA_RATIO", "T1.FLOORS", "T1.HEIGHT");
        // 2200 / 1200 = 1.8333 -> 1.83 > 1.80
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("1.83");
        assertThat(v.get("findings").get(1).get("measuredValue").decimalValue()).isEqualByComparingTo("4");

        JsonNode atLimit = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "RESIDENTIAL", 3, 12.0, 2160.0)).json();
        assertThat(atLimit.get("verdict").asString()).as("FAR 1.80, 3 floors, 12 m: all at the limit").isEqualTo("PASS");

        JsonNode conditional = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "COMMERCIAL", 2, null, null)).json();
        assertThat(conditional.get("verdict").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(ruleIds(conditional)).containsExactly("T1.USE");

        JsonNode refused = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "HEAVY_INDUSTRIAL", 2, null, null)).json();
        assertThat(refused.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(refused.get("findings").get(0).get("outcome").asString()).isEqualTo("REJECT");
    }

    @Test
    void aFootprintLeavingThePlotFails() {
        JsonNode v = check(fx.onPlot("RECT-1", fp(3, -2, 27, 35.5), "RESIDENTIAL", 1, null, null)).json();
        assertThat(v.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(ruleIds(v)).startsWith("PLOT.INSIDE_PLOT");
        // 24 m x 2 m outside
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("48.00");
        assertThat(v.get("boundaryDistanceM").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(ruleIds(v)).contains("T1.SETBACK_FRONT");
    }

    @Test
    void theInnerCornerOfAConcavePlotDecidesTheRearSetback() {
        String pass = fx.geoJson(rect(E0 + 100, N0, 8, 8, 16, 16), UTM40);
        assertThat(check(fx.onPlot("L-1", pass, "RESIDENTIAL", 1, null, null)).json().get("verdict").asString()).isEqualTo("PASS");
        // corner (17, 17) is √18 = 4.2426 m from the inner corner (20, 20), an end of the rear edge y = 20
        String fail = fx.geoJson(rect(E0 + 100, N0, 8, 8, 17, 17), UTM40);
        JsonNode v = check(fx.onPlot("L-1", fail, "RESIDENTIAL", 1, null, null)).json();
        assertThat(ruleIds(v)).containsExactly("T1.SETBACK_REAR");
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("4.24");
        assertThat(v.get("plot").get("areaM2").decimalValue()).isEqualByComparingTo("1200.00");
    }

    @Test
    void theEdgesOfAHoleTakeTheSideSetback() {
        // (18, 18) is √8 = 2.83 m from the hole's corner (20, 20)
        String near = fx.geoJson(rect(E0 + 200, N0, 8, 8, 18, 18), UTM40);
        JsonNode v = check(fx.onPlot("HOLE-1", near, "RESIDENTIAL", 1, null, null)).json();
        assertThat(ruleIds(v)).containsExactly("T1.SETBACK_SIDE");
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("2.83");
        assertThat(v.get("plot").get("areaM2").decimalValue()).isEqualByComparingTo("2400.00");
        // around the hole: the hole's 100 m² are outside the plot
        String around = fx.geoJson(rect(E0 + 200, N0, 8, 8, 42, 42), UTM40);
        JsonNode w = check(fx.onPlot("HOLE-1", around, "RESIDENTIAL", 1, null, null)).json();
        assertThat(w.get("findings").get(0).get("ruleId").asString()).isEqualTo("PLOT.INSIDE_PLOT");
        assertThat(w.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aPlotSplitByAZoneLineTakesTheStrictestRuleAndSaysSo() {
        // 24 x 20 = 480 m² on 1200 m²: 40% is T2's limit exactly; 2 floors, T2's limit
        String ok = fx.geoJson(rect(E0, N0, 1003, 6, 1027, 26), UTM40);
        JsonNode v = check(fx.onPlot("SPLIT-1", ok, "RESIDENTIAL", 2, null, null)).json();
        assertThat(v.get("verdict").asString()).as(v.toString()).isEqualTo("PASS");
        assertThat(v.get("strictestOfZones").asBoolean()).isTrue();
        assertThat(ruleIds(v)).containsExactly("PLOT.SPLIT_PLOT");
        assertThat(v.get("findings").get(0).get("outcome").asString()).isEqualTo("WARN");
        assertThat(v.get("zones").size()).isEqualTo(2);
        assertThat(v.get("zones").get(0).get("shareOfPlotPct").decimalValue()).isEqualByComparingTo("50.00");
        // 24 x 21 = 504 m² = 42% > T2's 40% (T1 would allow 60%); 3 floors > T2's 2
        String big = fx.geoJson(rect(E0, N0, 1003, 6, 1027, 27), UTM40);
        JsonNode w = check(fx.onPlot("SPLIT-1", big, "RESIDENTIAL", 3, null, null)).json();
        assertThat(w.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(ruleIds(w)).contains("T2.COVERAGE", "T2.FLOORS", "PLOT.SPLIT_PLOT");
    }

    @Test
    void aPlotGivenAsAPolygonTakesTheLargestSetbackOnEveryEdge() {
        String plot = fx.geoJson(rect(E0, N0, 400, 0, 430, 40), UTM40);
        String exact = fx.geoJson(rect(E0, N0, 406, 6, 424, 34), UTM40);
        Response r = check("{\"plotPolygon\":" + plot + ",\"footprint\":" + exact + ",\"use\":\"RESIDENTIAL\",\"floors\":1}");
        assertThat(r.json().get("verdict").asString()).as(r.toString()).isEqualTo("PASS");
        String near = fx.geoJson(rect(E0, N0, 405.99, 6, 424, 34), UTM40);
        JsonNode v = check("{\"plotPolygon\":" + plot + ",\"footprint\":" + near + ",\"use\":\"RESIDENTIAL\",\"floors\":1}").json();
        assertThat(ruleIds(v)).containsExactly("T1.SETBACK_UNIFORM");
        assertThat(v.get("findings").get(0).get("measuredValue").decimalValue()).isEqualByComparingTo("5.99");
        assertThat(v.get("plot").get("wilayat").isNull()).isTrue();
    }

    @Test
    void aPlotWestOf54IsMeasuredInUtm39() {
        double e = 800_000;
        double n = 1_900_000; // about 53.85°E, 17.2°N
        fx.rule("W1", "{RESIDENTIAL}", "{}", 60.0, null, null, null, 6, 3, 4.5, null);
        fx.zone("W1", rect(e, n, -500, -500, 500, 500), UTM39);
        fx.plot("WEST-1", rect(e, n, 0, 0, 30, 40), UTM39, "LINESTRING(%s %s, %s %s)".formatted(e, n, e + 30, n));
        String footprint = fx.geoJson(rect(e, n, 3, 6, 27, 35.5), UTM39);
        JsonNode v = check(fx.onPlot("WEST-1", footprint, "RESIDENTIAL", 1, null, null)).json();
        assertThat(v.get("metricCrs").asString()).isEqualTo("EPSG:32639");
        assertThat(v.get("verdict").asString()).as(v.toString()).isEqualTo("PASS");
        // exact in 39N; in 40N the same plot measures about 0.6 m² more (scale factor 1.0007 vs 1.0010)
        assertThat(v.get("plot").get("areaM2").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(v.get("boundaryDistanceM").decimalValue()).isEqualByComparingTo("3.00");
        String near = fx.geoJson(rect(e, n, 3, 5.99, 27, 35.5), UTM39);
        assertThat(ruleIds(check(fx.onPlot("WEST-1", near, "RESIDENTIAL", 1, null, null)).json())).containsExactly("W1.SETBACK_FRONT");
    }

    @Test
    void protectedFeaturesAndRestrictedZonesAreFlagged() {
        // a public supply well 30 m south of a footprint on a plot of its own, inside a no-new-wells zone
        fx.plot("PROT-1", rect(E0, N0, 600, 0, 630, 40), UTM40, null);
        jdbc.sql("insert into protected_feature (kind, name_en, geom, source) values ('PUBLIC_SUPPLY_WELL', 'PSW test', "
                + "ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 32640), 4326), 'test')").params(E0 + 615, N0 - 24).update();
        jdbc.sql("insert into restricted_zone (kind, name_en, geom, source) values ('WPZ_RED', 'WPZ test', "
                + "ST_Multi(ST_Transform(ST_GeomFromText(?, 32640), 4326)), 'test')")
                .param(rect(E0, N0, 600, 0, 615, 100)).update();
        String footprint = fx.geoJson(rect(E0, N0, 606, 6, 624, 34), UTM40);
        JsonNode v = check(fx.onPlot("PROT-1", footprint, "RESIDENTIAL", 1, null, null)).json();
        assertThat(v.get("verdict").asString()).as(v.toString()).isEqualTo("NEEDS_REVIEW");
        assertThat(ruleIds(v)).containsExactly("RESTRICTED.WPZ_RED", "PROTECTION.PUBLIC_SUPPLY_WELL");
        JsonNode restricted = v.get("findings").get(0);
        assertThat(restricted.get("measuredValue").decimalValue()).isEqualByComparingTo("252.00"); // 9 x 28
        JsonNode well = v.get("findings").get(1);
        // 30 m in UTM; geodesic differs by the scale factor (about 1.0000 here): within 2 cm
        assertThat(well.get("measuredValue").asDouble()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(well.get("limit").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(well.get("feature").get("kind").asString()).isEqualTo("PUBLIC_SUPPLY_WELL");
    }

    @Test
    void invalidInputIsRefusedWithThePlaceOfTheProblem() {
        String bowtie = fx.geoJson("POLYGON((%1$s %2$s, %3$s %4$s, %3$s %2$s, %1$s %4$s, %1$s %2$s))"
                .formatted(E0 + 5, N0 + 10, E0 + 20, N0 + 30), UTM40);
        Response r = check(fx.onPlot("RECT-1", bowtie, "RESIDENTIAL", 1, null, null));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("footprint");
        assertThat(error.get("code").asString()).isEqualTo("SELF_INTERSECTION");
        assertThat(r.body()).contains(" at [");

        Response unknown = check(fx.onPlot("NO-SUCH-PLOT", fp(3, 6, 27, 35.5), "RESIDENTIAL", 1, null, null));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);

        Response many = check("{\"footprint\":{\"type\":\"Point\",\"coordinates\":[57,23]},\"use\":\"GOLF\",\"floors\":0}");
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.body()).contains("PLOT_OR_POLYGON").contains("NOT_A_POLYGON").contains("UNKNOWN_VALUE");
        // the axes swapped: the footprint lands in the Indian Ocean
        String swapped = "{\"type\":\"Polygon\",\"coordinates\":[[[23.50,58.00],[23.5001,58.00],[23.5001,58.0001],[23.50,58.0001],[23.50,58.00]]]}";
        Response outside = check(fx.onPlot("RECT-1", swapped, "RESIDENTIAL", 1, null, null));
        assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
        assertThat(outside.body()).contains("OUTSIDE_OMAN");
        String huge = fx.geoJson(rect(E0, N0, 0, 0, 8000, 40), UTM40);
        assertThat(check(fx.onPlot("RECT-1", huge, "RESIDENTIAL", 1, null, null)).body()).contains("TOO_LARGE");
        Response zero = check(fx.onPlot("RECT-1", fp(3, 6, 27, 35.5), "RESIDENTIAL", 0, -1.0, null));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("floors").contains("heightM");
    }
}
