package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A permit's printable certificate (permit.html) in a real Chromium: filled from the public
 * verification in Arabic (RTL) and English (LTR), the well drawn on the small map without tiles,
 * the conditions in both languages, the QR code loaded; nothing personal on the page; an unknown
 * number shows the bilingual problem. No console errors (the CSP refuses inline scripts).
 */
@ManhalApiTest
class PermitCertificateBrowserIntegrationTests {

    static final String NAME = "Sentinel Certificate Holder QQX";
    static final String CIVIL_ID = "70615243";

    static final String UNKNOWN = "WD-XX-2026-999999-ABCDEF";

    @RegisterExtension
    static final MapBrowser browser = MapBrowser.sized(1000, 1400).expectingConsole("/api/public/permits/" + UNKNOWN + " ");

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;

    PermitCertificateBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void theCertificateShowsThePermitInArabicAndEnglishWithItsWellAndQrCode() {
        String number = approvedDrillingPermit();

        open("permit.html?number=" + number);

        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.byId("number").getText()).isEqualTo(number);
        assertThat(browser.byId("title-ar").getText()).isEqualTo("تصريح حفر بئر جديدة");
        assertThat(browser.byId("title-en").getText()).isEqualTo("Well drilling permit");
        assertThat(browser.byId("facts-en").getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.byId("status").getDomAttribute("data-status")).isEqualTo("VALID");
        assertThat(browser.byId("status").getText()).contains("ساري", "Valid");
        assertThat(browser.byId("facts-ar").getText()).contains("الولاية", "ساري حتى");
        assertThat(browser.byId("facts-en").getText()).contains("Wilayat", "Valid until");
        assertThat(browser.byId("conditions-ar").getText()).contains("يُركّب عداد للمياه.");
        assertThat(browser.byId("conditions-en").getText()).contains("Fit a water meter.");
        assertThat(browser.all("#map path.certificate__well")).as("the well drawn on the map").hasSize(1);
        assertThat(browser.all("#map .leaflet-tile")).as("no tile service").isEmpty();
        browser.wait.until(d -> (Boolean) browser.js("const i = document.getElementById('qr'); return i.complete && i.naturalWidth > 0;"));
        assertThat(browser.byId("verify-link").getDomAttribute("href")).isEqualTo(api.uri("/api/public/permits/" + number).toString());
        assertThat(browser.driver.getPageSource()).doesNotContain(NAME, CIVIL_ID);
        browser.screenshot("permit-certificate.png");
    }

    @Test
    void anUnknownNumberShowsTheProblemInBothLanguages() {
        open("permit.html?number=" + UNKNOWN);

        String problem = browser.visible("#problem").getText();
        assertThat(problem).contains("لا يوجد تصريح", "There is no permit");
        assertThat(browser.byId("permit").isDisplayed()).isFalse();
    }

    private void open(String relative) {
        browser.driver.get(api.uri("/").toString() + relative);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    private String approvedDrillingPermit() {
        double[] at = new SpacingFixtures(jdbc).freeSpot();
        String body = "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + at[0] + "," + at[1] + "]},"
                + "\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"depthM\":120,\"yieldM3PerDay\":50},"
                + "\"applicant\":{\"name\":\"" + NAME + "\",\"civilId\":\"" + CIVIL_ID + "\"}}";
        Response filed = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String ref = filed.json().get("reference").asString();
        assertThat(api.post("/api/applications/" + ref + "/review", "application/json", "").status()).isEqualTo(200);
        Response approved = api.post("/api/applications/" + ref + "/approval", "application/json",
                "{\"reason\":\"fine\",\"conditions\":[{\"ar\":\"يُركّب عداد للمياه.\",\"en\":\"Fit a water meter.\"}]}");
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        return approved.json().get("permitNumber").asString();
    }
}
