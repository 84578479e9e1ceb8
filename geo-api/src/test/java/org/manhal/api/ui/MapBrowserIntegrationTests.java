package org.manhal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The web map (map-ui) in a real headless Chromium against the running service and the real
 * PostGIS: what a user sees, through the test hooks of map-ui/README.md.
 *
 * <p>The browser and its driver are Debian's ({@code chromium}, {@code chromium-driver}), named
 * by path so that Selenium Manager never tries to download one: the machines are offline.
 * One browser serves the whole class; each test starts from a fresh page with no stored language.
 */
@ManhalApiTest
class MapBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Relative to the module, so CI can keep geo-api/target/screenshots as an artifact. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Oman's governorates as loaded from data/ (Who's On First). */
    private static final int GOVERNORATES = 11;
    /** Street level: the registered well is the only thing in a view of a few hundred metres. */
    private static final int WELL_ZOOM = 16;

    private static ChromeDriver browser;
    private static Path profile;

    final ApiClient api;
    WebDriverWait wait;

    MapBrowserIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver): run bin/manhal test, which installs them,"
                    + " or apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("manhal-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options(profile));
    }

    private static ChromeOptions options(Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox: CI runs as root. The rest keeps Chromium from calling home while offline.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + userDataDir);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    @AfterAll
    static void quitBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
            deleteProfile();
        }
    }

    @BeforeEach
    void openFreshMap() {
        wait = new WebDriverWait(browser, TIMEOUT);
        // A language chosen with the toggle in an earlier test is remembered: forget it. The
        // storage belongs to the origin, so clear it from a plain JSON page of the service rather
        // than from the map, whose requests a second load would cut off.
        browser.get(baseUrl() + "api/map-config");
        browser.executeScript("window.localStorage.clear()");
        browser.get(baseUrl());
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
    }

    @AfterEach
    void leavesNoErrorsInBrowserConsole() {
        assertThat(severeConsoleEntries()).as("SEVERE entries in the browser console").isEmpty();
    }

    @Test
    void opensInArabicRightToLeftWithGovernorateOutlines() {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("path.governorate-outline"), GOVERNORATES));

        assertThat(html().getDomAttribute("lang")).isEqualTo("ar");
        assertThat(html().getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getTitle()).isEqualTo("منهل — سجل الآبار");
        assertThat(map().getDomAttribute("data-wells-state")).isEqualTo("loaded");
        assertThat(browser.findElements(By.cssSelector("path.governorate-outline")))
                .allSatisfy(outline -> assertThat(outline.getDomAttribute("data-code")).startsWith("OM-"));
        assertThat(wellCount().getDomAttribute("data-count")).matches("\\d+");
        assertThat(wellCount().getText()).contains("في نطاق الخريطة");
        assertThat(browser.findElement(By.id("lang-toggle")).getText()).isEqualTo("English");
        screenshot("map-overview-ar.png");
    }

    @Test
    void showsRegisteredWellAsMarkerWithArabicPopup() {
        RegisteredWell well = registerWell();

        WebElement marker = showOnMap(well);
        wait.until(ExpectedConditions.elementToBeClickable(marker)).click();
        WebElement popup = popupOf(well);

        assertThat(marker.getDomAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(wellCount().getDomAttribute("data-count")).as("wells in view at street level").isEqualTo("1");
        assertThat(popup.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(field(popup, "registryNumber")).isEqualTo(well.registryNumber());
        assertThat(field(popup, "use")).isEqualTo(well.useAr()).matches(".*\\p{IsArabic}.*");
        assertThat(field(popup, "wilayat")).isEqualTo(well.wilayatAr()).matches(".*\\p{IsArabic}.*");
        assertThat(label(popup, "use")).isEqualTo("الاستخدام");
        screenshot("well-popup-ar.png");
    }

    @Test
    void languageToggleSwitchesMapAndOpenPopupToEnglishLeftToRight() {
        RegisteredWell well = registerWell();
        showOnMap(well);
        assertThat(openWell(well)).as("window.manhal.openWell(%s)", well.id()).isTrue();
        popupOf(well);

        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.attributeToBe(html(), "lang", "en"));
        WebElement popup = popupOf(well);

        assertThat(html().getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.getTitle()).isEqualTo("Manhal — Well registry");
        assertThat(popup.getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(field(popup, "registryNumber")).isEqualTo(well.registryNumber());
        assertThat(field(popup, "use")).isEqualTo(well.useEn());
        assertThat(field(popup, "wilayat")).isEqualTo(well.wilayatEn());
        assertThat(label(popup, "use")).isEqualTo("Use");
        assertThat(wellCount().getText()).contains("in view");
        assertThat(browser.findElement(By.id("lang-toggle")).getText()).isEqualTo("العربية");
        screenshot("well-popup-en.png");
    }

    @Test
    void runsWithoutBrowserConsoleErrors() {
        RegisteredWell well = registerWell();
        showOnMap(well);
        openWell(well);
        popupOf(well);
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.attributeToBe(html(), "lang", "en"));
        browser.findElement(By.id("lang-toggle")).click();
        wait.until(ExpectedConditions.attributeToBe(html(), "lang", "ar"));

        assertThat(severeConsoleEntries()).as("SEVERE entries in the browser console").isEmpty();
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
        browser.executeScript("window.manhalMap.setView([arguments[0], arguments[1]], arguments[2])",
                well.lat(), well.lon(), WELL_ZOOM);
        wait.until(driver -> loadSeq() > seqBefore && "loaded".equals(map().getDomAttribute("data-wells-state")));
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=well-marker][data-well-id='" + well.id() + "']")));
    }

    private boolean openWell(RegisteredWell well) {
        return Boolean.TRUE.equals(browser.executeScript("return window.manhal.openWell(arguments[0])", well.id()));
    }

    private WebElement popupOf(RegisteredWell well) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
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
        return browser.findElement(By.tagName("html"));
    }

    private static WebElement map() {
        return browser.findElement(By.id("map"));
    }

    private static WebElement wellCount() {
        return browser.findElement(By.id("well-count"));
    }

    /** Drains the browser console; a favicon 404 is the browser's own request, not the map's. */
    private static List<String> severeConsoleEntries() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String baseUrl() {
        return api.uri("/").toString();
    }

    private static void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; the browser has already quit.
        }
        profile = null;
    }
}
