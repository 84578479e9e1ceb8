package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

/**
 * The field technician's journey on a phone-sized screen (390 × 844) in a real Chromium, in
 * Arabic and English: the map installs as a web app (manifest, service worker), "register a
 * well here" takes the emulated GNSS position with its accuracy, the network is cut (Chrome's
 * network conditions through chromedriver), the registration waits in the IndexedDB outbox,
 * survives a reload served by the service worker, and arrives exactly once when the network is
 * restored; an offline update of a well that someone changed meanwhile comes back as a conflict
 * for the technician, and nothing is overwritten.
 */
@ManhalApiTest
class FieldMapBrowserIntegrationTests {

    private static final double ACCURACY_M = 8;
    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(390, 844).signedInAs(Role.FIELD_TECHNICIAN).notCheckingConsole();

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;

    FieldMapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @AfterEach
    void restoreNetwork() {
        online();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aRegistrationMadeOfflineSurvivesAReloadAndArrivesOnceWhenTheNetworkReturns(String lang) {
        double[] at = Wells.freshSpot();
        browser.openFresh(lang, String.format(Locale.ROOT, "map=14/%.5f/%.5f&tool=field", at[1], at[0]));
        assertThat(api.get("/manifest.webmanifest").headers().get("content-type").get(0)).startsWith("application/manifest+json");
        browser.waitOfflineReady();
        placePhoneAt(at[0], at[1]);

        offline();
        browser.wait.until(d -> "false".equals(browser.byId("net-state").getDomAttribute("data-online")));
        browser.visible("#field-locate").click();
        WebElement position = browser.visible("#field-position[data-accuracy]");
        assertThat(Double.parseDouble(position.getDomAttribute("data-accuracy"))).isEqualTo(ACCURACY_M);
        new Select(browser.byId("field-use")).selectByValue("LIVESTOCK");
        browser.byId("field-save").click();
        browser.visible("#field-outbox li[data-state=queued][data-kind=register]");
        assertThat(browser.byId("net-state").getDomAttribute("data-queued")).isEqualTo("1");
        browser.screenshot("field-queued-offline-" + lang + ".png");
        assertThat(wellsAt(at)).as("nothing arrived while offline").isZero();

        browser.driver.navigate().refresh();
        browser.waitReady();
        browser.visible("#field-outbox li[data-state=queued][data-kind=register]");
        browser.screenshot("field-reloaded-offline-" + lang + ".png");
        assertThat(wellsAt(at)).isZero();

        online();
        WebElement sent = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#field-outbox li[data-state=sent]")));
        assertThat(wellsAt(at)).as("the queued registration arrived exactly once").isEqualTo(1);
        long id = Long.parseLong(sent.getDomAttribute("data-well-id"));
        var well = api.get("/api/wells/" + id).json().get("properties");
        assertThat(well.get("use").asString()).isEqualTo("LIVESTOCK");
        assertThat(well.get("locationAccuracy").asString()).isEqualTo("WITHIN_15_M");
        assertThat(well.get("locationSource").asString()).isEqualTo("HANDHELD_GPS");
        String requestId = jdbc.sql("select request_id from well_history where well_id = ? and version = 0")
                .param(id).query(String.class).single();
        assertThat(requestId).startsWith("outbox-").endsWith(sent.getDomAttribute("data-item-id"));
        browser.screenshot("field-sent-" + lang + ".png");

        browser.driver.navigate().refresh();
        browser.waitReady();
        browser.visible("#field-outbox li[data-state=sent]");
        assertThat(wellsAt(at)).as("still once after another start").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void anOfflineUpdateOfAWellChangedMeanwhileIsShownAsAConflictNotOverwritten(String lang) {
        double[] at = Wells.freshSpot();
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        browser.openFresh(lang, String.format(Locale.ROOT, "map=16/%.5f/%.5f&well=%d&tool=field", at[1], at[0], id));
        // a real tap: while the popup is open the layers box steps aside (folded, its title lay over
        // the popup's lower buttons on the phone and took the tap)
        String popup = "[data-testid=well-popup][data-well-id='" + id + "']";
        browser.visible(popup);
        // (waited for, not read at once: the popup visible may still be the one that is closing
        // as the deep link's well opens again)
        WebDriverWait soon = new WebDriverWait(browser.driver, Duration.ofSeconds(5));
        soon.withMessage("the layers box steps aside while a popup is open").until(d -> !browser.byId("layers").isDisplayed());
        soon.withMessage("nothing lies over the popup's Field update button")
                .until(d -> browser.js("var r = document.querySelector(arguments[0] + ' button[data-action=field-update]')"
                        + ".getBoundingClientRect(); var e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                        + " return e && e.closest('button[data-action=field-update]') !== null;", popup).equals(Boolean.TRUE));
        browser.byId("map").findElement(By.cssSelector(popup + " button[data-action=field-update]")).click();
        browser.visible("#field-update-status");

        offline();
        new Select(browser.byId("field-update-status")).selectByValue("NOT_IN_USE");
        browser.byId("field-update-save").click();
        browser.visible("#field-outbox li[data-state=queued][data-kind=update]");

        // Meanwhile the office corrects the well's status (version 0 → 1).
        ObjectNode office = (ObjectNode) api.get("/api/wells/" + id).json();
        ((ObjectNode) office.get("properties")).put("status", "STANDBY");
        assertThat(api.put("/api/wells/" + id, office.toString(), Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);

        online();
        WebElement conflict = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#field-outbox li[data-state=conflict]")));
        assertThat(conflict.findElements(By.cssSelector("tr[data-field=status]"))).hasSize(1);
        assertThat(status(id)).as("the office's change is not overwritten").isEqualTo("STANDBY");
        browser.screenshot("field-conflict-" + lang + ".png");

        String itemId = conflict.getDomAttribute("data-item-id");
        browser.byId("outbox-apply-" + itemId).click();
        browser.wait.until(d -> "NOT_IN_USE".equals(status(id)));
        browser.visible("#field-outbox li[data-state=sent][data-kind=update]");
        assertThat(api.get("/api/wells/" + id).json().get("properties").get("version").asLong()).isEqualTo(2);
    }

    /**
     * A registration that was sent once and whose answer was lost (the link dropped after the
     * registry committed it) is found at its place before being sent again, and counts as sent.
     */
    @org.junit.jupiter.api.Test
    void aRegistrationWhoseAnswerWasLostIsNotSentAgain() {
        double[] at = Wells.freshSpot();
        browser.openFresh("ar", String.format(Locale.ROOT, "map=14/%.5f/%.5f&tool=field", at[1], at[0]));
        String madeAt = java.time.Instant.now().minusSeconds(5).toString();
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1], "HAND_DUG", "AGRICULTURAL", "ACTIVE", ""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        browser.jsAsync("""
                const done = arguments[arguments.length - 1], outbox = window.manhal.outbox;
                outbox.put({id: 'lost-answer', kind: 'register', createdAt: arguments[0], attempts: 1, state: 'queued',
                  feature: {type: 'Feature', geometry: {type: 'Point', coordinates: [arguments[1], arguments[2]]},
                            properties: {type: 'HAND_DUG', use: 'AGRICULTURAL', status: 'ACTIVE'}}})
                  .then(() => outbox.flush()).then(() => done(true));""", madeAt, at[0], at[1]);

        WebElement sent = browser.visible("#field-outbox li[data-item-id='lost-answer'][data-state=sent]");
        assertThat(sent.getDomAttribute("data-well-id")).isEqualTo(r.json().get("id").asString());
        assertThat(wellsAt(at)).as("not registered twice").isEqualTo(1);
    }

    /** The phone's GNSS position (Chrome's geolocation override), allowed for the map's origin. */
    private void placePhoneAt(double lon, double lat) {
        String origin = api.uri("/").toString().replaceAll("/$", "");
        browser.driver.executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("geolocation"), "origin", origin));
        browser.driver.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", lat, "longitude", lon, "accuracy", ACCURACY_M));
    }

    private static void offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        browser.driver.setNetworkConditions(conditions);
    }

    private static void online() {
        try {
            browser.driver.deleteNetworkConditions();
        } catch (RuntimeException e) {
            // none were set
        }
    }

    private String status(long id) {
        return api.get("/api/wells/" + id).json().get("properties").get("status").asString();
    }

    /** Registered wells within about a metre of the spot. */
    private long wellsAt(double[] at) {
        String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", at[0] - 0.00001, at[1] - 0.00001, at[0] + 0.00001, at[1] + 0.00001);
        return api.get("/api/wells?bbox=" + bbox).json().get("numberMatched").asLong();
    }
}
