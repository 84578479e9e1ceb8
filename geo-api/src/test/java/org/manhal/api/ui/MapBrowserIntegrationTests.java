package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;

/**
 * The web map (map-ui) in a real headless Chromium against the running service and the real
 * PostGIS: what a user sees, through the test hooks of map-ui/README.md.
 *
 * <p>The browser and its driver are Debian's ({@code chromium}, {@code chromium-driver}), named
 * by path so that Selenium Manager never tries to download one: the machines are offline.
 * One browser serves the whole class ({@link MapBrowser}); each test starts from a fresh page with
 * no stored language.
 */
@ManhalApiTest
class MapBrowserIntegrationTests {

    /** Oman's governorates as loaded from data/ (Who's On First). */
    private static final int GOVERNORATES = 11;
    /** Street level: the registered well is the only thing in a view of a few hundred metres. */
    private static final int WELL_ZOOM = 16;

    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(1280, 900);

    final ApiClient api;

    MapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void openFreshMap() {
        // A language chosen with the toggle in an earlier test is remembered: forget it. The
        // storage belongs to the origin, so clear it from a plain JSON page of the service rather
        // than from the map, whose requests a second load would cut off. No ?lang=: the map's own default.
        browser.driver.get(api.uri("/api/map-config").toString());
        browser.js("window.localStorage.clear()");
        browser.open("");
    }

    @Test
    void opensInArabicRightToLeftWithGovernorateOutlines() {
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.governorate-outline"), GOVERNORATES));

        assertThat(html().getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html().getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.driver.getTitle()).isEqualTo("منهل — سجل الآبار");
        assertThat(map().getDomAttribute("data-wells-state")).isEqualTo("loaded");
        assertThat(browser.driver.findElements(By.cssSelector("path.governorate-outline")))
                .allSatisfy(outline -> assertThat(outline.getDomAttribute("data-code")).startsWith("OM-"));
        assertThat(wellCount().getDomAttribute("data-count")).matches("\\d+");
        assertThat(wellCount().getText()).contains("في نطاق الخريطة");
        assertThat(browser.driver.findElement(By.id("lang-toggle")).getText()).isEqualTo("English");
        browser.screenshot("map-overview-ar.png");
    }

    @Test
    void showsRegisteredWellAsMarkerWithArabicPopup() {
        RegisteredWell well = registerWell();

        WebElement marker = showOnMap(well);
        browser.wait.until(ExpectedConditions.elementToBeClickable(marker)).click();
        WebElement popup = popupOf(well);

        assertThat(marker.getDomAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(wellCount().getDomAttribute("data-count")).as("wells in view at street level").isEqualTo("1");
        assertThat(popup.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(field(popup, "registryNumber")).isEqualTo(well.registryNumber());
        assertThat(field(popup, "use")).isEqualTo(well.useAr()).matches(".*\\p{IsArabic}.*");
        assertThat(field(popup, "wilayat")).isEqualTo(well.wilayatAr()).matches(".*\\p{IsArabic}.*");
        assertThat(label(popup, "use")).isEqualTo("الاستخدام");
        browser.screenshot("well-popup-ar.png");
    }

    @Test
    void languageToggleSwitchesMapAndOpenPopupToEnglishLeftToRight() {
        RegisteredWell well = registerWell();
        showOnMap(well);
        assertThat(openWell(well)).as("window.manhal.openWell(%s)", well.id()).isTrue();
        popupOf(well);

        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(html(), "lang", "en"));
        WebElement popup = popupOf(well);

        assertThat(html().getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.driver.getTitle()).isEqualTo("Manhal — Well registry");
        assertThat(popup.getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(field(popup, "registryNumber")).isEqualTo(well.registryNumber());
        assertThat(field(popup, "use")).isEqualTo(well.useEn());
        assertThat(field(popup, "wilayat")).isEqualTo(well.wilayatEn());
        assertThat(label(popup, "use")).isEqualTo("Use");
        assertThat(wellCount().getText()).contains("in view");
        assertThat(browser.driver.findElement(By.id("lang-toggle")).getText()).isEqualTo("العربية");
        browser.screenshot("well-popup-en.png");
    }

    /**
     * A well whose popup is open keeps its marker and popup when the view moves it just out of
     * sight (on a phone, the popup's auto-pan and the panel's growing did), and loses both only
     * once the popup is closed.
     */
    @Test
    void anOpenPopupOutlivesItsWellLeavingTheView() {
        RegisteredWell well = registerWell();
        showOnMap(well);
        assertThat(openWell(well)).isTrue();
        popupOf(well);
        String marker = "[data-testid=well-marker][data-well-id='" + well.id() + "']";

        long seqBefore = loadSeq();
        // (setView, not panBy: it stops the popup's auto-pan, which would carry on over a raw pan)
        browser.js("var m = window.manhalMap, s = m.getSize();"
                + " m.setView(m.containerPointToLatLng([s.x * 2, s.y / 2]), m.getZoom(), {animate: false})");
        browser.wait.until(driver -> loadSeq() > seqBefore && "loaded".equals(map().getDomAttribute("data-wells-state")));
        assertThat(browser.js("var m = window.manhalMap; return m.getBounds().contains([arguments[0], arguments[1]])",
                well.lat(), well.lon())).as("the well is out of the view").isEqualTo(Boolean.FALSE);
        assertThat(wellCount().getDomAttribute("data-count")).as("wells in view").isEqualTo("0");
        assertThat(browser.all(marker)).as("its marker, kept for the open popup").hasSize(1);
        assertThat(browser.all("[data-testid=well-popup][data-well-id='" + well.id() + "']")).as("its popup, still open").hasSize(1);

        browser.js("window.manhalMap.closePopup()");
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(marker), 0));
    }

    @Test
    void runsWithoutBrowserConsoleErrors() {
        RegisteredWell well = registerWell();
        showOnMap(well);
        openWell(well);
        popupOf(well);
        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(html(), "lang", "en"));
        browser.driver.findElement(By.id("lang-toggle")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(html(), "lang", "ar"));

        assertThat(browser.severeConsoleEntries()).as("SEVERE entries in the browser console").isEmpty();
    }

    /** A well registered through the API, with what its popup should show in each language. */
    private record RegisteredWell(long id, double lon, double lat, String registryNumber,
                                  String useAr, String useEn, String wilayatAr, String wilayatEn) {
    }

    private RegisteredWell registerWell() {
        double[] at = Wells.freshSpot();
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = r.json().get("properties");
        JsonNode use = codeLabel("wellUse", p.get("use").asString());
        return new RegisteredWell(r.json().get("id").asLong(), at[0], at[1], p.get("registryNumber").asString(),
                use.get("ar").asString(), use.get("en").asString(),
                p.get("wilayat").get("nameAr").asString(), p.get("wilayat").get("nameEn").asString());
    }

    private JsonNode codeLabel(String list, String code) {
        for (JsonNode item : api.get("/api/code-lists").json().get(list)) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in GET /api/code-lists " + list);
    }

    /** Zooms the map to the well and waits for the wells of that view to load and draw it. */
    private WebElement showOnMap(RegisteredWell well) {
        long seqBefore = loadSeq();
        browser.driver.executeScript("window.manhalMap.setView([arguments[0], arguments[1]], arguments[2])",
                well.lat(), well.lon(), WELL_ZOOM);
        browser.wait.until(driver -> loadSeq() > seqBefore && "loaded".equals(map().getDomAttribute("data-wells-state")));
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=well-marker][data-well-id='" + well.id() + "']")));
    }

    private boolean openWell(RegisteredWell well) {
        return Boolean.TRUE.equals(browser.driver.executeScript("return window.manhal.openWell(arguments[0])", well.id()));
    }

    private WebElement popupOf(RegisteredWell well) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=well-popup][data-well-id='" + well.id() + "']")));
    }

    private static String field(WebElement popup, String name) {
        return popup.findElement(By.cssSelector("[data-field=" + name + "]")).getText();
    }

    /** The label of a popup field: the {@code dt} just before its {@code dd}. */
    private static String label(WebElement popup, String name) {
        return popup.findElement(By.xpath(".//dd[@data-field='" + name + "']/preceding-sibling::dt[1]")).getText();
    }

    private long loadSeq() {
        String seq = map().getDomAttribute("data-load-seq");
        return seq == null ? 0 : Long.parseLong(seq);
    }

    private static WebElement html() {
        return browser.driver.findElement(By.tagName("html"));
    }

    private static WebElement map() {
        return browser.driver.findElement(By.id("map"));
    }

    private static WebElement wellCount() {
        return browser.driver.findElement(By.id("well-count"));
    }
}
