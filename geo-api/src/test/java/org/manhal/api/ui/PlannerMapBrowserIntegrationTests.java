package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manhal.api.security.Role;
import org.manhal.api.zoning.ZoningFixtures;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.manhal.zoning.ZoneRules;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The planner's journeys in a real Chromium, in Arabic and English, signed in as the planner: a
 * building application opened from the queue (filtered to building permits) zooms to its plot
 * and draws the footprint, the setback line and each zoning finding, also listed; the review is
 * started, an approval the zoning refuses (409) shows why, the application is rejected with a
 * reason, or approved when it passes, and the API says so. Search finds a plot by wilayat and
 * number and an application by reference; a well permit whose spacing verdict needs review is
 * approved only with the reviewer's acknowledgement. axe-core's WCAG 2 A/AA rules pass with an
 * application open. The plot is a 30 × 40 m rectangle in zone UI1 (front setback 6 m on the south
 * street, side 3 m, rear 4.5 m, coverage 60 %).
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerMapBrowserIntegrationTests {

    static final double E0 = 600_000;
    static final double N0 = 2_600_000;
    static final String PLOT = "UI-PLOT-1";

    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(1366, 900).signedInAs(Role.PLANNER)
            .expectingConsole("status of 409").expectingConsole("status of 412");

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;
    ZoningFixtures fx;
    long plotId;
    long slashPlotId;

    PlannerMapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void start() {
        fx = new ZoningFixtures(jdbc, rules);
        fx.residentialRule("UI1");
        fx.zone("UI1", rect(E0, N0, -1000, -1000, 1000, 1000), UTM40);
        plotId = fx.rectanglePlot(PLOT, E0, N0);
        // cadastral numbers hold slashes, which the path to the plot keeps unencoded
        slashPlotId = fx.plot("UI17/3-B", rect(E0, N0, 100, 0, 130, 40), UTM40, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void opensABuildingFromTheQueueSeesItsFindingsDrawnAndRejectsItWithAReason(String lang) {
        String ref = fileBuilding(3, 4.5, 27, 34); // 4.50 m from the street: inside the 6 m front setback
        browser.openFresh(lang, "tool=planner");
        new Select(browser.visible("#planner-type")).selectByValue("BUILDING_PERMIT");
        openFromTheQueue("#planner-list li[data-reference='" + ref + "'] button");

        WebElement detail = browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=SUBMITTED]");
        WebElement finding = browser.visible("#planner-findings li[data-rule-id='UI1.SETBACK_FRONT']");
        assertThat(browser.byId("planner-findings").getDomAttribute("data-verdict")).isEqualTo("FAIL");
        assertThat(finding.findElement(By.cssSelector("[data-measured]")).getDomAttribute("data-measured"))
                .isEqualTo("4.5");
        assertThat(finding.getText()).matches(lang.equals("ar") ? "(?s).*\\p{IsArabic}.*" : "(?s)[^\\p{IsArabic}]+");
        browser.visible("path.zoning-finding[data-rule-id='UI1.SETBACK_FRONT']");
        assertThat(browser.all("path.setback-line")).as("the setback line drawn").isNotEmpty();
        assertThat(browser.all("path.offending-edge")).as("the front edge drawn").isNotEmpty();
        assertThat(browser.all("path.planner-location")).as("the footprint drawn").hasSize(1);
        assertThat(browser.all("path.zoning-plot")).as("the plot drawn").hasSize(1);
        assertPlotInView();
        assertThat(detail.getText()).doesNotContain("Planner Test Owner").doesNotContain("55667788");
        browser.screenshot("planner-findings-" + lang + ".png");

        browser.js(AxeCore.script());
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) browser.jsAsync(MapShellBrowserIntegrationTests.AXE_RUN);
        assertThat(violations).as("axe-core violations with an application open in the planner queue (%s)", lang).isEmpty();

        browser.byId("planner-review").click();
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=UNDER_REVIEW]");
        assertThat(status(ref)).isEqualTo("UNDER_REVIEW");

        browser.visible("#planner-reason").sendKeys("setbacks look fine to me");
        browser.byId("planner-approve").click();
        browser.visible("#planner-error[data-type=approval-refused]");
        assertThat(status(ref)).as("the zoning refuses the approval").isEqualTo("UNDER_REVIEW");

        String reason = "front setback 4.50 m, the zone asks 6 m";
        WebElement field = browser.byId("planner-reason");
        field.clear();
        field.sendKeys(reason);
        browser.byId("planner-reject").click();
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=REJECTED]");
        JsonNode rejected = api.get("/api/applications/" + ref).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("decision").get("reasons").asString()).isEqualTo(reason);
        browser.visible("#planner-timeline li[data-status=REJECTED]");
        browser.screenshot("planner-rejected-" + lang + ".png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void approvesABuildingThatRespectsTheZoningWithAReason(String lang) {
        String ref = fileBuilding(3, 6.5, 27, 35); // 6.50 m from the street, 5 m from the rear, 57 % covered
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "{}").status()).isEqualTo(200);
        browser.openFresh(lang, "tool=planner");
        new Select(browser.visible("#planner-status")).selectByValue("UNDER_REVIEW");
        openFromTheQueue("#planner-list li[data-reference='" + ref + "'][data-status=UNDER_REVIEW] button");
        browser.visible("#planner-detail[data-reference='" + ref + "']");
        browser.wait.until(d -> "PASS".equals(browser.byId("planner-findings").getDomAttribute("data-verdict")));
        assertThat(browser.all("#planner-reviewed")).as("no acknowledgement asked of a PASS").isEmpty();

        browser.byId("planner-reason").sendKeys("setbacks, coverage and FAR within UI1");
        browser.byId("planner-approve").click();
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=APPROVED]");
        browser.visible("#planner-notice");
        assertThat(status(ref)).isEqualTo("APPROVED");
        browser.screenshot("planner-approved-" + lang + ".png");
    }

    /**
     * Two people on one application: a colleague starts the review while the planner, who has it
     * open, is writing; the planner's step, sent with the version read (If-Match), is refused
     * (412), nothing is written over the colleague's step, the application is read again with a
     * notice and the reason typed kept, and the planner's next step on it goes through.
     */
    @Test
    void aStepOnAnApplicationChangedMeanwhileIsRefusedAndTheApplicationReadAgain() {
        String ref = fileBuilding(3, 4.5, 27, 34);
        browser.openFresh("ar", "tool=planner");
        new Select(browser.visible("#planner-type")).selectByValue("BUILDING_PERMIT");
        openFromTheQueue("#planner-list li[data-reference='" + ref + "'] button");
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=SUBMITTED]");
        String reason = "front setback 4.50 m, the zone asks 6 m";
        browser.visible("#planner-reason").sendKeys(reason);

        assertThat(api.as(Role.STAFF).post("/api/applications/" + ref + "/review", "application/json", "{}").status())
                .as("a colleague starts the review meanwhile").isEqualTo(200);
        browser.byId("planner-review").click();

        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=UNDER_REVIEW]");
        WebElement notice = browser.visible("#planner-notice");
        assertThat(notice.getText()).isEqualTo("غيّر شخص آخر هذا الطلب في أثناء ذلك؛ أُعيد تحميله ولم يُحفظ شيء.");
        assertThat(notice.getDomAttribute("class")).as("information, not a success").contains("message--info");
        assertThat(browser.byId("planner-reason").getDomProperty("value")).as("the reason typed, kept").isEqualTo(reason);
        List<String> actions = new java.util.ArrayList<>();
        api.get("/api/applications/" + ref + "/timeline").json().get("timeline").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).as("one review started: the colleague's").containsExactly("SUBMIT", "START_REVIEW");
        browser.screenshot("planner-stale-ar.png");

        browser.byId("planner-reject").click();
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=REJECTED]");
        assertThat(api.get("/api/applications/" + ref).json().get("decision").get("reasons").asString()).isEqualTo(reason);
    }

    @Test
    void searchFindsAPlotByWilayatAndNumberAndAnApplicationByReference() {
        String ref = fileBuilding(3, 6.5, 27, 35);
        browser.openFresh("ar", "map=8/23.2/57.6");
        WebElement input = browser.byId("search-input");
        input.sendKeys(fx.wilayat + "/" + PLOT);
        browser.visible("#search-results [data-provider=plot][data-result-id='plot-" + plotId + "']");
        input.sendKeys(Keys.ENTER);
        assertPlotInView();
        browser.screenshot("planner-search-plot-ar.png");

        input.clear();
        input.sendKeys(fx.wilayat + " UI17/3-B");
        browser.visible("#search-results [data-provider=plot][data-result-id='plot-" + slashPlotId + "']");

        input.clear();
        input.sendKeys(ref.toLowerCase(Locale.ROOT));
        browser.visible("#search-results [data-provider=application][data-result-id='application-" + ref + "']");
        input.sendKeys(Keys.ENTER);
        browser.visible("#planner-detail[data-reference='" + ref + "']");
        browser.wait.until(d -> d.getCurrentUrl().contains("ref=" + ref) && d.getCurrentUrl().contains("tool=planner"));
    }

    /** The staff-only applications layer: off at start, switched on it shows the application where it is, by status. */
    @Test
    void theApplicationsLayerShowsAnApplicationAtItsPlace() {
        String ref = fileBuilding(3, 6.5, 27, 35);
        double[] centre = jdbc.sql("select ST_X(c), ST_Y(c) from (select ST_Centroid(geom) c from plot where id = ?) p")
                .param(plotId).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        browser.openFresh("en", "map=15/" + centre[1] + "/" + centre[0]);
        assertThat(browser.byId("layer-toggle-applications").isSelected()).isFalse();
        browser.byId("layer-toggle-applications").click();
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js("""
                const found = [];
                window.manhalMap.eachLayer((l) => {
                  if (l.feature && l.feature.properties && l.feature.properties.reference === arguments[0]) found.push(l);
                });
                return found.length === 1 && document.querySelectorAll('[data-layer=application]').length > 0;""", ref)));
        browser.screenshot("planner-applications-layer-en.png");
    }

    /** A drilling permit 100 m from a registered well: NEEDS_REVIEW, approved with the acknowledgement only. */
    @Test
    void aWellPermitThatNeedsReviewIsApprovedWithTheReviewersAcknowledgement() {
        double[] at = Wells.freshSpot();
        Response neighbour = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        assertThat(neighbour.status()).as("%s", neighbour).isEqualTo(201);
        String ref = file(String.format(Locale.ROOT, """
                {"type": "WELL_DRILLING", "location": {"type": "Point", "coordinates": [%.6f, %.6f]},
                 "proposed": {"type": "BOREHOLE", "use": "AGRICULTURAL", "depthM": 80, "yieldM3PerDay": 10},
                 "applicant": {"name": "Planner Test Farmer", "civilId": "44556677"}}""", at[0] + 0.001, at[1]));
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "{}").status()).isEqualTo(200);

        browser.openFresh("en", String.format(Locale.ROOT, "map=14/%.5f/%.5f&tool=planner&ref=%s", at[1], at[0], ref));
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=UNDER_REVIEW]");
        browser.wait.until(d -> "NEEDS_REVIEW".equals(browser.byId("planner-findings").getDomAttribute("data-verdict")));
        browser.visible("#planner-findings li[data-rule-id='OM-WELL-201']");
        browser.visible("path.finding-line");
        browser.visible("#planner-reason").sendKeys("seen on site: the neighbour is a shallow hand pump");
        browser.byId("planner-approve").click();
        browser.visible("#planner-error[data-type=review-acknowledgement-required]");
        assertThat(status(ref)).isEqualTo("UNDER_REVIEW");

        browser.byId("planner-reviewed").click();
        browser.byId("planner-approve").click();
        browser.visible("#planner-detail[data-reference='" + ref + "'][data-status=APPROVED]");
        JsonNode decision = api.get("/api/applications/" + ref).json().get("decision");
        assertThat(decision.get("findingsReviewed").asBoolean()).isTrue();
        assertThat(decision.get("reasons").asString()).isEqualTo("seen on site: the neighbour is a shallow hand pump");
        assertThat(browser.byId("planner-detail").getText())
                .contains("approved by the reviewer after reviewing them (the check said: needs review)");
        assertThat(browser.visible("#planner-timeline li[data-status=APPROVED]").getText())
                .contains("seen on site: the neighbour is a shallow hand pump — findings reviewed");
        browser.screenshot("planner-reviewed-approval-en.png");
    }

    /** Clicks an application of the queue once the page of the filters chosen has come (the list re-renders as pages arrive). */
    private void openFromTheQueue(String css) {
        browser.wait.until(d -> {
            if (!"loaded".equals(browser.byId("tool-planner").getDomAttribute("data-list-state"))) {
                return false;
            }
            try {
                browser.driver.findElement(By.cssSelector(css)).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The plot's centre in view at plot scale. */
    private void assertPlotInView() {
        double[] centre = jdbc.sql("select ST_X(c), ST_Y(c) from (select ST_Centroid(geom) c from plot where id = ?) p")
                .param(plotId).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js(
                "return window.manhalMap.getBounds().contains([arguments[0], arguments[1]]) && window.manhalMap.getZoom() >= 17",
                centre[1], centre[0])));
    }

    /** Files a building on the plot with the footprint (x1, y1)–(x2, y2) in metres from its south-west corner. */
    private String fileBuilding(double x1, double y1, double x2, double y2) {
        return file("{\"type\":\"BUILDING_PERMIT\",\"building\":" + fx.onPlot(PLOT, fx.geoJson(rect(E0, N0, x1, y1, x2, y2), UTM40),
                "RESIDENTIAL", 2, 9.0, null) + ",\"applicant\":{\"name\":\"Planner Test Owner\",\"civilId\":\"55667788\"}}");
    }

    private String file(String body) {
        Response r = api.send(HttpRequest.newBuilder(api.uri("/api/applications")).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    private String status(String ref) {
        return api.get("/api/applications/" + ref).json().get("status").asString();
    }
}
