package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manhal.api.zoning.ZoningFixtures;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.manhal.zoning.ZoneRules;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The citizen following an application on a phone (390 × 844) in a real Chromium, signed out,
 * in Arabic and English: the reference and the access code typed into "My application" show the
 * application's place on the map, its status and its steps in the user's language, and nothing
 * about the applicant (sentinel name, civil ID and phone never in the page); the code never in
 * the address, the storage or the service worker's caches; a wrong code gives the same message
 * as an unknown reference; axe-core's WCAG 2 A/AA rules pass with the answer shown. A building
 * permit (on a plot of its own, no zone needed to file it) is shown by its footprint's outline.
 */
@ManhalApiTest
class CitizenMapBrowserIntegrationTests {

    /** Personal data that must never reach the citizen's page (written where nothing else writes it). */
    private static final String SENTINEL_NAME = "Sentinel Qx7 Zubairi";
    private static final String SENTINEL_CIVIL_ID = "70717273";
    private static final String SENTINEL_PHONE = "+968 9717 2737";

    /** Where the building's plot is drawn, in UTM 40N metres (near Muscat). */
    private static final double E0 = 600_000;
    private static final double N0 = 2_600_000;

    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(390, 844).expectingConsole("status of 404");

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;

    CitizenMapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void followsAnApplicationWithItsReferenceAndCodeAndSeesNothingOfTheApplicant(String lang) {
        double[] at = Wells.freshSpot();
        JsonNode filed = file(at);
        String ref = filed.get("reference").asString();
        String code = filed.get("accessCode").asString();
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "{}").status()).isEqualTo(200);
        JsonNode view = publicView(ref, code).json();

        browser.openFresh(lang, "tool=citizen");
        browser.visible("#citizen-reference").sendKeys(ref.toLowerCase(Locale.ROOT));
        browser.byId("citizen-code").sendKeys(code);
        browser.byId("citizen-submit").click();

        WebElement status = browser.visible("#citizen-status[data-status=UNDER_REVIEW]");
        String label = lang.equals("ar") ? "Ar" : "En";
        assertThat(status.getText()).contains(ref, view.get("status" + label).asString(), view.get("type" + label).asString());
        List<WebElement> steps = browser.all("#citizen-timeline li");
        assertThat(steps).extracting(li -> li.getDomAttribute("data-status")).containsExactly("SUBMITTED", "UNDER_REVIEW");
        assertThat(steps.get(0).getText()).contains(view.get("timeline").get(0).get("status" + label).asString());
        assertThat(browser.all("path.citizen-location")).as("the well's point drawn").hasSize(1);
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "return window.manhalMap.getBounds().contains([arguments[0], arguments[1]]) && window.manhalMap.getZoom() >= 17",
                at[1], at[0])));
        browser.screenshot("citizen-application-" + lang + ".png");

        String page = browser.driver.getPageSource();
        assertThat(page).as("nothing about the applicant")
                .doesNotContain(SENTINEL_NAME).doesNotContain(SENTINEL_CIVIL_ID).doesNotContain(SENTINEL_PHONE);
        browser.wait.until(d -> d.getCurrentUrl().contains("ref=" + ref));
        assertThat(browser.driver.getCurrentUrl()).as("the link holds the reference, never the code").doesNotContain(code);
        assertThat((String) browser.js("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage)")).doesNotContain(code);
        assertThat(cachedUrls()).as("the service worker keeps no public view").noneMatch(url -> url.contains("/api/public/"));

        browser.js(AxeCore.script());
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) browser.jsAsync(MapShellBrowserIntegrationTests.AXE_RUN);
        assertThat(violations).as("axe-core violations with the citizen's answer shown (%s)", lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aWrongCodeAndAnUnknownReferenceGiveTheSameMessageAndShowNothing(String lang) {
        JsonNode filed = file(Wells.freshSpot());
        String ref = filed.get("reference").asString();

        // the link may carry the reference (never the code): the citizen types only the code
        browser.openFresh(lang, "tool=citizen&ref=" + ref);
        assertThat(browser.visible("#citizen-reference").getDomProperty("value")).isEqualTo(ref);
        assertThat(browser.byId("citizen-code").getDomProperty("value")).isEmpty();
        browser.byId("citizen-code").sendKeys("0000-0000-0000");
        browser.byId("citizen-submit").click();
        String wrongCode = browser.visible("#citizen-error[data-problem=not-found]").getText();
        assertThat(wrongCode).matches(lang.equals("ar") ? "(?s).*\\p{IsArabic}.*" : "(?s)[^\\p{IsArabic}]+");
        assertThat(browser.all("#citizen-status")).isEmpty();
        assertThat(browser.all("path.citizen-location")).isEmpty();
        browser.screenshot("citizen-wrong-code-" + lang + ".png");

        WebElement reference = browser.byId("citizen-reference");
        reference.clear();
        reference.sendKeys(ref.substring(0, ref.length() - 6) + "999999");
        browser.byId("citizen-code").clear();
        browser.byId("citizen-code").sendKeys(filed.get("accessCode").asString());
        browser.byId("citizen-submit").click();
        browser.wait.until(d -> !browser.all("#citizen-error[data-problem=not-found]").isEmpty()
                && "error".equals(browser.byId("tool-citizen").getDomAttribute("data-state")));
        assertThat(browser.byId("citizen-error").getText()).as("an unknown reference reads as a wrong code").isEqualTo(wrongCode);
    }

    /** A building permit is shown by its footprint's outline, fitted to the phone's map. */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void followsABuildingPermitAndSeesItsFootprintOutlined(String lang) {
        ZoningFixtures fx = new ZoningFixtures(jdbc, rules);
        String plot = "CITIZEN-" + lang;
        fx.rectanglePlot(plot, E0, N0);
        JsonNode filed = file("{\"type\":\"BUILDING_PERMIT\",\"building\":" + fx.onPlot(plot,
                fx.geoJson(rect(E0, N0, 3, 6.5, 27, 35), UTM40), "RESIDENTIAL", 2, 9.0, null) + ",\"applicant\":" + applicant() + "}");

        browser.openFresh(lang, "tool=citizen&ref=" + filed.get("reference").asString());
        browser.visible("#citizen-code").sendKeys(filed.get("accessCode").asString());
        browser.byId("citizen-submit").click();
        browser.visible("#citizen-status[data-status=SUBMITTED]");
        assertThat(browser.all("#citizen-timeline li")).hasSize(1);
        assertThat(browser.all("path.citizen-location")).as("the footprint outlined").hasSize(1);
        double[] centre = jdbc.sql("select ST_X(c), ST_Y(c) from (select ST_Centroid(ST_Transform(ST_GeomFromText(?, ?), 4326)) as c) p")
                .params(rect(E0, N0, 3, 6.5, 27, 35), UTM40).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "return window.manhalMap.getBounds().contains([arguments[0], arguments[1]]) && window.manhalMap.getZoom() >= 17",
                centre[1], centre[0])));
        assertThat(browser.driver.getPageSource()).doesNotContain(SENTINEL_NAME).doesNotContain(SENTINEL_CIVIL_ID);
        browser.screenshot("citizen-building-" + lang + ".png");
    }

    /** Files a drilling application as a citizen does (no account), with the sentinel applicant. */
    private JsonNode file(double[] at) {
        return file(String.format(Locale.ROOT, """
                {"type": "WELL_DRILLING", "location": {"type": "Point", "coordinates": [%.6f, %.6f]},
                 "proposed": {"type": "BOREHOLE", "use": "AGRICULTURAL", "depthM": 120, "diameterMm": 200, "yieldM3PerDay": 50},
                 "applicant": %s}""", at[0], at[1], applicant()));
    }

    private static String applicant() {
        return String.format("{\"name\": \"%s\", \"civilId\": \"%s\", \"phone\": \"%s\"}", SENTINEL_NAME, SENTINEL_CIVIL_ID, SENTINEL_PHONE);
    }

    private JsonNode file(String body) {
        Response r = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/applications")).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private Response publicView(String ref, String code) {
        Response r = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/public/applications/" + ref)).GET(),
                Map.of("X-Access-Code", code));
        assertThat(r.status()).isEqualTo(200);
        return r;
    }

    /** Every URL in the page's Cache Storage (the service worker's caches). */
    @SuppressWarnings("unchecked")
    private static List<String> cachedUrls() {
        return (List<String>) browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                caches.keys().then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
                  .then(lists => done(lists.flat().map(r => r.url))).catch(e => done(['error ' + e]));""");
    }
}
