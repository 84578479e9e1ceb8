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

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.manhal.api.security.LocalAccounts;
import org.manhal.api.security.Role;
import org.manhal.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, named by path so
 * that Selenium Manager never tries to download one: the machines are offline) for a class of
 * map tests, with the waits and hooks of docs/map.md. Screenshots go to
 * {@code geo-api/target/screenshots} (a CI artefact), measurements to {@code geo-api/target}.
 *
 * <p>A class registers it as an extension ({@code @RegisterExtension static final MapBrowser
 * browser = MapBrowser.sized(w, h)...}): it starts before the class on the service of the class's
 * context (signed in if asked), fails a test that leaves SEVERE console entries other than those
 * its journey expects, and quits after the class.
 */
final class MapBrowser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int width;
    private final int height;
    private final Role role;
    /** Fragments of console entries the class's journeys cause on purpose; null: the console is not checked. */
    private final List<String> expectedConsole;

    ChromeDriver driver;
    WebDriverWait wait;
    private Path profile;
    private String baseUrl;

    private MapBrowser(int width, int height, Role role, List<String> expectedConsole) {
        this.width = width;
        this.height = height;
        this.role = role;
        this.expectedConsole = expectedConsole;
    }

    /** A browser window of this size, signed out, whose console must stay free of SEVERE entries. */
    static MapBrowser sized(int width, int height) {
        return new MapBrowser(width, height, null, List.of());
    }

    /** The same browser signed in as the local account of {@code role} before the class runs. */
    MapBrowser signedInAs(Role signIn) {
        return new MapBrowser(width, height, signIn, expectedConsole);
    }

    /**
     * The same browser, tolerating console entries that contain {@code fragment}: the browser logs
     * every non-2xx answer, and some journeys are about one (a 404, a 409, a 412).
     */
    MapBrowser expectingConsole(String fragment) {
        return new MapBrowser(width, height, role, Stream.concat(expectedConsole.stream(), Stream.of(fragment)).toList());
    }

    /** The same browser with its console not checked (offline journeys log failed loads as their point). */
    MapBrowser notCheckingConsole() {
        return new MapBrowser(width, height, role, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("no local.server.port: the browser needs the service on a port (@ManhalApiTest)");
        }
        start("http://localhost:" + port + "/");
        if (role != null) {
            signIn(role);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> entries = severeConsoleEntries();
        if (expectedConsole != null) {
            assertThat(entries).as("SEVERE entries in the browser console")
                    .filteredOn(entry -> expectedConsole.stream().noneMatch(entry::contains))
                    .isEmpty();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            close();
        }
    }

    private void start(String serviceUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver): run bin/manhal test, which installs them,"
                    + " or apt-get install chromium chromium-driver");
        }
        this.baseUrl = serviceUrl;
        try {
            profile = Files.createTempDirectory("manhal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options(profile, width, height));
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    private static ChromeOptions options(Path userDataDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox: CI runs as root. The rest keeps Chromium from calling home while offline.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + userDataDir);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    /** A fresh map in a language: stored choices and the outbox forgotten, then the page loaded and ready. */
    void openFresh(String lang, String fragment) {
        driver.get(baseUrl + "api/map-config");
        driver.executeScript("window.localStorage.clear(); indexedDB.deleteDatabase('manhal-field');");
        open("?lang=" + lang + (fragment == null ? "" : "#" + fragment));
    }

    /** Signs in through the map's sign-in form as the local account of {@code role}; back on the map, ready. */
    void signIn(Role role) {
        LocalAccounts.Default account = TestAccounts.account(role);
        driver.get(baseUrl + "signin.html");
        visible("#username").sendKeys(account.username());
        byId("password").sendKeys(TestAccounts.password(account));
        byId("signin-submit").click();
        waitReady();
        wait.until(d -> "true".equals(byId("account").getDomAttribute("data-signed-in")));
    }

    /** Forgets the browser session (signs out without the button). */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Loads a page of the map (relative to the service's root) and waits until it is ready. */
    void open(String relative) {
        driver.get(baseUrl + relative);
        waitReady();
    }

    void waitReady() {
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
    }

    /**
     * Waits until the service worker controls the page (#map[data-offline-ready]); a timeout says
     * where the worker stands (installing, waiting, active, or no registration at all), since an
     * install that fails leaves nothing behind but a worker gone redundant.
     */
    void waitOfflineReady() {
        try {
            wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-offline-ready", "true"));
        } catch (TimeoutException e) {
            Object state = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.serviceWorker.getRegistration().then((r) => done(JSON.stringify(r ? {
                      scope: r.scope, installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state,
                      controller: Boolean(navigator.serviceWorker.controller)} : 'no registration')),
                      (error) => done(String(error)));""");
            throw new TimeoutException("the service worker did not take control of the map: " + state, e);
        }
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks the element once it is visible and nothing lies over it: a popup that the map is
     * still panning into view (Leaflet's autoPan animation) can pass under a control for a moment.
     */
    void click(String css) {
        new WebDriverWait(driver, TIMEOUT).ignoring(ElementClickInterceptedException.class).until(d -> {
            visible(css).click();
            return true;
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs an async script: its last argument is the callback. */
    Object jsAsync(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    long loadSeq() {
        String seq = byId("map").getDomAttribute("data-load-seq");
        return seq == null ? 0 : Long.parseLong(seq);
    }

    /** Sets the view and waits for the wells of that view to load. */
    void showView(double lat, double lon, int zoom) {
        long before = loadSeq();
        js("window.manhalMap.setView([arguments[0], arguments[1]], arguments[2], {animate: false})", lat, lon, zoom);
        wait.until(d -> loadSeq() > before && "loaded".equals(byId("map").getDomAttribute("data-wells-state")));
    }

    /** Offsets from the map's centre (as W3C actions count them) of the pixel at lat/lon. */
    int[] offsetOf(double lat, double lon) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js("var m = window.manhalMap, p = m.latLngToContainerPoint([arguments[0], arguments[1]]),"
                + " s = m.getSize(); return [p.x - Math.floor(s.x / 2), p.y - Math.floor(s.y / 2)];", lat, lon);
        return new int[] {xy.get(0).intValue(), xy.get(1).intValue()};
    }

    /** Moves the real mouse over the map's pixel at lat/lon. */
    void hoverMap(double lat, double lon) {
        int[] d = offsetOf(lat, lon);
        new Actions(driver).moveToElement(byId("map"), d[0], d[1]).perform();
        new Actions(driver).moveByOffset(1, 0).moveByOffset(-1, 0).perform();
    }

    /** Clicks the map with the real mouse at lat/lon. */
    void clickMap(double lat, double lon) {
        int[] d = offsetOf(lat, lon);
        new Actions(driver).moveToElement(byId("map"), d[0], d[1]).click().perform();
    }

    /** Opens a tool of the panel by its tab. */
    WebElement openTool(String id) {
        driver.findElement(By.cssSelector("#panel-tabs [data-tool='" + id + "']")).click();
        return visible("#tool-" + id);
    }

    void switchLanguage(String lang) {
        if (!lang.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang"))) {
            byId("lang-toggle").click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
        }
    }

    /** The SEVERE console entries since the last call; a favicon 404 is the browser's own request. */
    List<String> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        try {
            driver.quit();
        } finally {
            driver = null;
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temp profile is harmless; the browser has already quit.
            }
        }
    }
}
