package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff journeys of the map in a real Chromium, in Arabic and English: register a well with
 * the spacing findings drawn live before saving (also from typed UTM coordinates), edit a well
 * with its history and a conflicting change made meanwhile (412, never overwritten), count wells
 * in a drawn polygon and in a governorate with the charts, export that selection, and import a
 * file with its progress and rejected rows.
 */
@ManhalApiTest
class StaffMapBrowserIntegrationTests {

    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(1366, 900).signedInAs(Role.STAFF).expectingConsole("status of 412");

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;

    StaffMapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void registersAWellWithTheSpacingFindingsDrawnBeforeSaving(String lang) {
        double[] at = Wells.freshSpot();
        long neighbour = register(at[0], at[1], "DOMESTIC", "ACTIVE");
        browser.openFresh(lang, String.format(Locale.ROOT, "map=16/%.5f/%.5f&tool=register", at[1], at[0]));
        browser.visible("#tool-register");
        setField("register-yield", "10");
        browser.clickMap(at[1], at[0] + 0.001);

        WebElement finding = browser.visible("#register-findings li[data-rule-id='OM-WELL-201'][data-feature-id='" + neighbour + "']");
        browser.visible("path.finding-line[data-feature-id='" + neighbour + "']");
        assertThat(browser.byId("register-findings").getDomAttribute("data-verdict")).isEqualTo("NEEDS_REVIEW");
        WebElement point = browser.byId("register-point");
        double lon = Double.parseDouble(point.getDomAttribute("data-lon"));
        double lat = Double.parseDouble(point.getDomAttribute("data-lat"));
        double geodesic = jdbc.sql("select ST_Distance(ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography,"
                + " ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, true)").params(lon, lat, at[0], at[1]).query(Double.class).single();
        double shown = Double.parseDouble(finding.findElement(By.cssSelector("[data-distance]")).getDomAttribute("data-distance"));
        assertThat(shown).as("distance drawn, against PostGIS on the spheroid").isCloseTo(geodesic, within(0.02));
        String message = finding.findElement(By.cssSelector(".finding__message")).getText();
        assertThat(message).matches(lang.equals("ar") ? ".*\\p{IsArabic}.*" : "[^\\p{IsArabic}]*");
        assertThat(wellsNear(lon, lat)).as("nothing is saved by the check").isZero();
        browser.screenshot("staff-register-findings-" + lang + ".png");

        // The keyboard moves the marker as a drag does; the check follows it.
        String seq = browser.byId("tool-register").getDomAttribute("data-check-seq");
        browser.visible(".leaflet-marker-icon").sendKeys(Keys.SHIFT, Keys.ARROW_RIGHT);
        browser.wait.until(d -> Double.parseDouble(browser.byId("register-point").getDomAttribute("data-lon")) > lon
                && !seq.equals(browser.byId("tool-register").getDomAttribute("data-check-seq")));

        // PSD93 / UTM 40N typed: placed where PostGIS puts it (Clarke 1880 and the seven-parameter datum shift).
        new Select(browser.byId("register-crs")).selectByValue("EPSG:3440");
        setField("register-coordinates", "421000.00 2180000.00");
        Map<String, Object> psd93 = jdbc.sql("select ST_X(p) as lon, ST_Y(p) as lat from ST_Transform("
                + "ST_SetSRID(ST_MakePoint(421000, 2180000), 3440), 4326) as p").query().singleRow();
        browser.wait.until(d -> Math.abs(Double.parseDouble(browser.byId("register-point").getDomAttribute("data-lon"))
                - ((Number) psd93.get("lon")).doubleValue()) < 1e-8);
        assertThat(Double.parseDouble(browser.byId("register-point").getDomAttribute("data-lat")))
                .isCloseTo(((Number) psd93.get("lat")).doubleValue(), within(1e-8));

        // Typed UTM 40N coordinates 3 km away: the check runs again and the findings go.
        Map<String, Object> utm = jdbc.sql("select ST_X(p) as e, ST_Y(p) as n from ST_Transform("
                + "ST_SetSRID(ST_MakePoint(?, ?), 4326), 32640) as p").params(at[0] + 0.03, at[1]).query().singleRow();
        new Select(browser.byId("register-crs")).selectByValue("EPSG:32640");
        String typed = String.format(Locale.ROOT, "%.2f %.2f", ((Number) utm.get("e")).doubleValue(), ((Number) utm.get("n")).doubleValue());
        setField("register-coordinates", typed);
        browser.wait.until(d -> "PASS".equals(browser.byId("register-findings").getDomAttribute("data-verdict")));
        assertThat(browser.all("path.finding-line")).isEmpty();
        browser.byId("register-save").click();

        WebElement result = browser.visible("#register-result");
        long id = Long.parseLong(result.getDomAttribute("data-well-id"));
        JsonNode saved = api.get("/api/wells/" + id).json();
        assertThat(saved.get("properties").get("originalLocation").get("crs").asString()).isEqualTo("EPSG:32640");
        assertThat(saved.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(at[0] + 0.03, within(1e-7));
        assertThat(saved.get("geometry").get("coordinates").get(1).asDouble()).isCloseTo(at[1], within(1e-7));
        assertThat(result.getText()).contains(saved.get("properties").get("registryNumber").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void editsAWellShowsItsHistoryAndNeverOverwritesAChangeMadeMeanwhile(String lang) {
        double[] at = Wells.freshSpot();
        long id = register(at[0], at[1], "AGRICULTURAL", "ACTIVE");
        browser.openFresh(lang, String.format(Locale.ROOT, "map=16/%.5f/%.5f&well=%d", at[1], at[0], id));
        browser.click("[data-testid=well-popup][data-well-id='" + id + "'] button[data-action=edit]");
        browser.wait.until(d -> String.valueOf(id).equals(browser.byId("tool-well").getDomAttribute("data-well-id")));

        setField("well-depthM", "150");
        browser.byId("well-save").click();
        browser.visible("#well-notice");
        browser.visible("#well-history li[data-version='1'][data-action='UPDATED']");
        assertThat(depth(id)).isEqualTo(150.0);

        // Someone else changes the well's status meanwhile (version 1 → 2).
        ObjectNode theirs = (ObjectNode) api.get("/api/wells/" + id).json();
        ((ObjectNode) theirs.get("properties")).put("status", "STANDBY");
        Response put = api.put("/api/wells/" + id, theirs.toString(), Map.of("If-Match", "\"1\""));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        setField("well-depthM", "160");
        browser.byId("well-save").click();
        WebElement conflict = browser.visible("#well-conflict");
        assertThat(conflict.findElements(By.cssSelector("tr[data-field=depthM]"))).hasSize(1);
        assertThat(depth(id)).as("the stale save wrote nothing").isEqualTo(150.0);
        browser.screenshot("staff-edit-conflict-" + lang + ".png");

        browser.byId("conflict-apply-mine").click();
        browser.wait.until(d -> "3".equals(browser.byId("tool-well").getDomAttribute("data-version")));
        JsonNode now = api.get("/api/wells/" + id).json().get("properties");
        assertThat(now.get("depthM").asDouble()).isEqualTo(160.0);
        assertThat(now.get("status").asString()).as("their change kept").isEqualTo("STANDBY");
        assertThat(browser.all("#well-history > li")).hasSize(4);
        browser.screenshot("staff-edit-history-" + lang + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void countsWellsInADrawnPolygonAndAGovernorateWithChartsAndExportsTheSelection(String lang) {
        double[] at = Wells.freshSpot();
        register(at[0], at[1], "DOMESTIC", "ACTIVE");
        register(at[0] + 0.002, at[1], "DOMESTIC", "STANDBY");
        long third = register(at[0], at[1] + 0.002, "LIVESTOCK", "ACTIVE");
        browser.openFresh(lang, String.format(Locale.ROOT, "map=15/%.5f/%.5f&tool=count", at[1] + 0.001, at[0] + 0.001));
        browser.visible("#count-draw").click();
        double[][] corners = {{-0.002, -0.002}, {0.004, -0.002}, {0.004, 0.004}, {-0.002, 0.004}};
        for (double[] c : corners) {
            browser.clickMap(at[1] + c[1], at[0] + c[0]);
        }
        browser.clickMap(at[1] + corners[0][1], at[0] + corners[0][0]);

        WebElement total = browser.visible("#count-total");
        assertThat(total.getDomAttribute("data-count")).isEqualTo("3");
        assertThat(bar("use", "DOMESTIC")).isEqualTo("2");
        assertThat(bar("use", "LIVESTOCK")).isEqualTo("1");
        assertThat(bar("status", "STANDBY")).isEqualTo("1");
        assertThat(browser.all("figure[data-chart=status] table tr[data-key=ACTIVE] td").get(0).getText()).isEqualTo("2");
        browser.screenshot("staff-count-polygon-" + lang + ".png");

        browser.openTool("export");
        browser.byId("export-download").click();
        WebElement exported = browser.visible("#export-result");
        assertThat(exported.getDomAttribute("data-selection")).isEqualTo("drawn");
        assertThat(exported.getDomAttribute("data-rows")).isEqualTo("3");

        String governorate = api.get("/api/wells/" + third).json().get("properties").get("governorate").get("code").asString();
        browser.openTool("count");
        new Select(browser.byId("count-mode")).selectByValue("governorate");
        new Select(browser.byId("count-governorate")).selectByValue(governorate);
        browser.wait.until(d -> "counted".equals(browser.byId("tool-count").getDomAttribute("data-state"))
                && browser.byId("count-total").getText().contains(lang.equals("ar") ? "الوسطى" : "Wusta"));
        long expected = api.get("/api/wells/count?governorate=" + governorate).json().get("count").asLong();
        assertThat(browser.byId("count-total").getDomAttribute("data-count")).isEqualTo(String.valueOf(expected));
        browser.screenshot("staff-count-governorate-" + lang + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void importsAFileWithAProgressBarAndATableOfRejectedRows(String lang) throws IOException {
        double[] at = Wells.freshSpot();
        Path file = Files.createTempFile("wells-", ".csv");
        Files.writeString(file, String.format(Locale.ROOT, """
                lon,lat,type,use,status,depthM
                %.5f,%.5f,BOREHOLE,DOMESTIC,ACTIVE,80
                %.5f,%.5f,BOREHOLE,GOLF,ACTIVE,80
                %.5f,%.5f,HAND_DUG,AGRICULTURAL,ACTIVE,12
                """, at[0], at[1], at[0] + 0.003, at[1], at[0], at[1] + 0.003));
        browser.openFresh(lang, "tool=import");
        browser.visible("#import-file").sendKeys(file.toAbsolutePath().toString());
        browser.byId("import-start").click();

        browser.wait.until(d -> "SUCCEEDED".equals(browser.js(
                "var s = document.getElementById('import-summary'); return s && s.dataset.status")));
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.js("""
                var s = document.getElementById('import-summary'), row = document.querySelector('#import-errors tr[data-line="3"]');
                return {imported: s.dataset.imported, rejected: s.dataset.rejected,
                        progress: document.getElementById('import-progress').value,
                        code: row && row.dataset.code, text: row && row.textContent};""");
        assertThat(shown.get("imported")).isEqualTo("2");
        assertThat(shown.get("rejected")).isEqualTo("1");
        assertThat(((Number) shown.get("progress")).intValue()).isEqualTo(100);
        assertThat(shown.get("code")).isEqualTo("UNKNOWN_VALUE");
        assertThat((String) shown.get("text")).contains("GOLF");
        assertThat(wellsNear(at[0], at[1])).isEqualTo(1);
        browser.screenshot("staff-import-" + lang + ".png");
        Files.deleteIfExists(file);
    }

    private String bar(String chart, String key) {
        return browser.visible("svg[data-chart=" + chart + "] rect[data-key=" + key + "]").getDomAttribute("data-count");
    }

    /** Types into a field as a person does (clearing it first), firing its input events. */
    private void setField(String id, String text) {
        WebElement field = browser.byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private long register(double lon, double lat, String use, String status) {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(lon, lat, "BOREHOLE", use, status, "\"depthM\":100"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private double depth(long id) {
        return api.get("/api/wells/" + id).json().get("properties").get("depthM").asDouble();
    }

    /** Wells within about 20 m of a point. */
    private long wellsNear(double lon, double lat) {
        String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.0002, lat - 0.0002, lon + 0.0002, lat + 0.0002);
        return api.get("/api/wells?bbox=" + bbox).json().get("numberMatched").asLong();
    }
}
