package org.manhal.bench.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.manhal.bench.SyntheticWells;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Frame times of the map in a browser at national scale: headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, as the browser tests) opens the map anonymously
 * on the running service ({@code --url}) with the wells as vector tiles, and pans and zooms from
 * z6 to z16 and back in the browser test's pattern (MapShellBrowserIntegrationTests: animated
 * {@code panBy} steps and one-level {@code setZoom} steps), recording every
 * {@code requestAnimationFrame} delta, the wells tiles drawn (the layer's {@code tiledrawn}: url,
 * bytes, fetch and drawing time, wherever it draws) and the time from
 * each move until the wells layer has drawn every tile of the new view.
 *
 * <p>The floor, in the same run on the same page: the same journey with the wells layer switched
 * off through the layer switcher (the base map alone: land, governorates, wilayats). The two
 * alternate round by round, so a busier minute of the shared machine does not fall on one of them
 * only. Each move waits until it has drawn (at least the test's 180 ms, at most
 * {@code --max-wait-ms}), so every move's drawing time is its own and no tile is aborted by the
 * next move.
 */
public final class MapFramesBenchmark implements Benchmark {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** The layers of the page: the offline base map, and the wells as vector tiles (toggled). */
    static final String LAYERS = "land,governorates,wilayats,wells-tiles";
    static final String WELLS_TOGGLE = "layer-toggle-wells-tiles";

    /**
     * Zoom bands: aggregated tiles (one point per grid cell) up to z13, every published well from
     * z14 (LayerCatalogue.WELL_POINTS_FROM_ZOOM).
     */
    static final int[][] BANDS = {{6, 8}, {9, 13}, {14, 15}, {16, 16}};

    /** Returns to the journey's start view with the wells on or off, and waits until it has drawn and settled. */
    static final String RESET = """
            const [lat, lon, zoom, wells] = arguments, done = arguments[arguments.length - 1], map = window.manhalMap;
            const wellsLayer = () => { let found = null; map.eachLayer((l) => { if (l.options && l.options.className === 'wells-tiles') found = l; }); return found; };
            const box = document.getElementById('layer-toggle-wells-tiles');
            if (!box) { done('no wells-tiles toggle: does the service publish the wells as vector tiles?'); return; }
            if (box.checked !== wells) box.click();
            performance.setResourceTimingBufferSize(1000000);
            map.setView([lat, lon], zoom, {animate: false});
            const t0 = performance.now();
            const poll = () => {
              const l = wellsLayer();
              if (wells ? l && !l.isLoading() : !l) { setTimeout(() => done('ok'), 1500); return; }
              if (performance.now() - t0 > 120000) { done('timeout: the start view did not draw in 120 s'); return; }
              setTimeout(poll, 50);
            };
            setTimeout(poll, 50);""";

    /**
     * The journey: at the start zoom and after each one-level zoom step, {@code pans} animated pans
     * of the test's offsets (mirrored every other zoom, so the view does not drift off the dense
     * area); every rAF delta, every move with its start, end and drawing time, and every wells
     * tile's resource timing returned.
     */
    static final String JOURNEY = """
            const plan = arguments[0], done = arguments[arguments.length - 1], map = window.manhalMap;
            const wellsLayer = () => { let found = null; map.eachLayer((l) => { if (l.options && l.options.className === 'wells-tiles') found = l; }); return found; };
            const frames = [];
            // The canvas drawing of each tile as the layer reports it (tiledrawn: in the tile worker, or on the page without one).
            // The tiles too: the worker's fetches are not in the page's Resource Timing.
            window.manhalBenchDrawMs = [];
            window.manhalBenchTiles = [];
            const timed = wellsLayer();
            if (timed && !timed.manhalBenchTimed) {
              timed.on('tiledrawn', (e) => {
                window.manhalBenchDrawMs.push([performance.now() - e.drawMs, e.drawMs]);
                window.manhalBenchTiles.push({name: e.url, startTime: e.startTime, transferSize: 0, encodedBodySize: e.bytes, duration: e.fetchMs});
              });
              timed.manhalBenchTimed = true;
            }
            let last = null, running = true;
            const tick = (now) => { if (last !== null) frames.push([now, now - last]); last = now; if (running) requestAnimationFrame(tick); };
            requestAnimationFrame(tick);
            const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
            const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
            const steps = [];
            const pans = (z, sign) => {
              for (let i = 0; i < plan.pans; i++) {
                steps.push({zoom: z, kind: 'pan', run: () => map.panBy([sign * (i % 2 ? -60 : 80), sign * (i % 3 ? 40 : -50)], {animate: true, duration: 0.15})});
              }
            };
            let sign = 1;
            pans(plan.fromZoom, sign);
            const zooms = [];
            for (let z = plan.fromZoom + 1; z <= plan.toZoom; z++) zooms.push(z);
            for (let z = plan.toZoom - 1; z >= plan.fromZoom; z--) zooms.push(z);
            zooms.forEach((z) => {
              steps.push({zoom: z, kind: 'zoom', run: () => plan.anchor ? map.setZoomAround(plan.anchor, z) : map.setZoom(z)});
              sign = -sign;
              pans(z, sign);
            });
            (async () => {
              const moves = [];
              for (const step of steps) {
                const before = wellsLayer();
                const featuresBefore = before ? before.drawnFeatures : 0;
                let moved = false;
                const ended = () => { moved = true; };
                map.once('moveend', ended);
                const t0 = performance.now();
                step.run();
                let drawn = null;
                while (performance.now() - t0 < plan.maxWaitMs) {
                  const now = await nextFrame();
                  const layer = wellsLayer();
                  if (moved && (!layer || !layer.isLoading())) { drawn = now - t0; break; }
                }
                if (!moved) map.off('moveend', ended);
                const rest = plan.minStepMs - (performance.now() - t0);
                if (rest > 0) await sleep(rest);
                const after = wellsLayer();
                moves.push([step.zoom, t0, performance.now(), drawn === null ? -1 : drawn,
                            after ? after.drawnFeatures - featuresBefore : 0, map.getZoom()]);
              }
              running = false;
              const first = moves[0][1];
              const entries = window.manhalBenchTiles.filter((e) => e.startTime >= first);
              const tiles = entries.map((e) => [e.startTime, e.transferSize, e.encodedBodySize, e.duration]);
              // The decoding of the largest tiles of the journey, fetched again (the map's own decoder).
              const decode = [];
              if (timed) {
                const { decodeTile } = await import(new URL('js/layers/mvt.js', document.baseURI).href);
                const largest = [...new Map(entries.map((e) => [e.name, e])).values()]
                  .sort((a, b) => b.encodedBodySize - a.encodedBodySize).slice(0, 5);
                for (const e of largest) {
                  const buffer = await (await fetch(e.name)).arrayBuffer();
                  const t = performance.now();
                  const layers = decodeTile(buffer);
                  const ms = performance.now() - t;
                  decode.push([buffer.byteLength, ms, Object.values(layers).reduce((n, l) => n + l.features.length, 0)]);
                }
              }
              done({frames, moves, tiles, draws: window.manhalBenchDrawMs, decode});
            })().catch((e) => done({error: String((e && e.stack) || e)}));""";

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --wells N (default 1000000) --rounds R (default 3) --pans P (per zoom, default 4)"
                + " --from-zoom 6 --to-zoom 16 --min-step-ms 180 --max-wait-ms 20000 --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        String base = options.text("url", null).replaceAll("/+$", "") + "/";
        Service.expect(200, service.get("/tiles/wells.json"), "the wells' TileJSON (vector tiles published)");
        SyntheticWells.ensure(db.dataSource(), options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int rounds = (int) options.number("rounds", 3);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("pans", options.number("pans", 4));
        plan.put("fromZoom", options.number("from-zoom", 6));
        plan.put("toZoom", options.number("to-zoom", 16));
        plan.put("minStepMs", options.number("min-step-ms", 180));
        plan.put("maxWaitMs", options.number("max-wait-ms", 20_000));
        int fromZoom = ((Number) plan.get("fromZoom")).intValue();

        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        List<Journey> journeys = journeys(jdbc);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        String startLoad = Machine.load();
        String chromium;
        boolean serviceWorker = false;
        try (Browser browser = new Browser()) {
            chromium = browser.driver.getCapabilities().getBrowserVersion();
            for (Journey j : journeys) {
                browser.open(base + "?lang=ar#map=" + fromZoom + "/" + j.lat + "/" + j.lon + "&layers=" + LAYERS);
                for (int round = 0; round < rounds; round++) {
                    for (boolean wells : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        Object reset = browser.driver.executeAsyncScript(RESET, j.lat, j.lon, fromZoom, wells);
                        if (!"ok".equals(reset)) {
                            throw new IllegalStateException(j.name + ": " + reset);
                        }
                        Map<String, Object> journeyPlan = new LinkedHashMap<>(plan);
                        journeyPlan.put("anchor", j.anchor);
                        double loadBefore = Machine.load1();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> result = (Map<String, Object>) browser.driver.executeAsyncScript(JOURNEY, journeyPlan);
                        if (result.containsKey("error")) {
                            throw new IllegalStateException(j.name + ": " + result.get("error"));
                        }
                        double loadAfter = Machine.load1();
                        add(tallies, j, wells, result, loadBefore, loadAfter);
                        serviceWorker |= Boolean.TRUE.equals(browser.driver.executeScript("return !!navigator.serviceWorker.controller"));
                        System.err.printf(Locale.ROOT, "%s, round %d, wells %s: done (load %.1f → %.1f)%n", j.name, round + 1,
                                wells ? "on" : "off", loadBefore, loadAfter);
                    }
                }
            }
        }
        report(published, rounds, plan, journeys, tallies, chromium, serviceWorker, jdbc, startLoad);
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/map-frames-results.md")), markdown);
    }

    /** Where a journey starts: the centre of its view at the start zoom, and the point it zooms about. */
    record Journey(String name, String description, double lat, double lon, List<Double> anchor) {
    }

    /**
     * The densest place (the z14 tile holding most published wells), centred and zoomed about; and
     * all of Oman at z6, zoomed about the densest z14 tile at least 1° from the first, where the
     * cursor would be. Both zoom about a point ({@code setZoomAround}): the pans, mirrored every
     * other zoom, cancel on the screen, so the point stays within ~40 px of where it started and
     * z16 still shows the dense place (zooming about the centre, the pans at z6 alone would move
     * the view by half a degree).
     */
    private static List<Journey> journeys(JdbcClient jdbc) {
        List<double[]> densest = jdbc.sql("""
                        select x, y from (
                          select floor((ST_X(geom) + 180) / 360 * 16384)::int as x,
                                 floor((1 - ln(tan(radians(ST_Y(geom))) + 1 / cos(radians(ST_Y(geom)))) / pi()) / 2 * 16384)::int as y
                            from pub.well) t
                         group by x, y order by count(*) desc, x, y limit 200""")
                .query((rs, i) -> centre(new int[] {14, rs.getInt(1), rs.getInt(2)})).list();
        double[] dense = densest.get(0);
        double[] other = densest.stream().filter(c -> Math.hypot(c[0] - dense[0], c[1] - dense[1]) > 1).findFirst().orElse(dense);
        return List.of(
                new Journey("dense area", String.format(Locale.ROOT, "centred on the densest place (the z14 tile holding most wells,"
                        + " %.3f° N, %.3f° E), zoomed about it", dense[0], dense[1]), dense[0], dense[1], List.of(dense[0], dense[1])),
                new Journey("all of Oman", String.format(Locale.ROOT, "all of Oman at z6 (centre 20.6° N, 56.3° E), zoomed about"
                        + " the densest place at least 1° from the first (%.3f° N, %.3f° E) as under a mouse wheel", other[0], other[1]),
                        20.6, 56.3, List.of(other[0], other[1])));
    }

    /** The centre of tile {z, x, y, …} as {lat, lon}. */
    static double[] centre(int[] t) {
        double n = 1 << t[0];
        double lon = (t[1] + 0.5) / n * 360 - 180;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (t[2] + 0.5) / n))));
        return new double[] {Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4};
    }

    static int band(int zoom) {
        for (int b = 0; b < BANDS.length; b++) {
            if (zoom >= BANDS[b][0] && zoom <= BANDS[b][1]) {
                return b;
            }
        }
        return zoom < BANDS[0][0] ? 0 : BANDS.length - 1;
    }

    /** What one (journey, band, wells on/off) collected over all rounds. */
    static final class Tally {
        final Samples frames = new Samples();
        final Samples drawn = new Samples();
        int over50;
        int moves;
        int notDrawn;
        long features;
        final Samples tileMs = new Samples();
        final Samples drawMs = new Samples();
        final List<List<Number>> decode = new ArrayList<>();
        int tiles;
        int empty;
        long bodyBytes;
        double loadMin = Double.MAX_VALUE;
        double loadMax = -1;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Tally> tallies, Journey j, boolean wells, Map<String, Object> result,
                            double loadBefore, double loadAfter) {
        List<List<Number>> moves = (List<List<Number>>) result.get("moves");
        List<List<Number>> frames = (List<List<Number>>) result.get("frames");
        List<List<Number>> tiles = (List<List<Number>>) result.get("tiles");
        Tally[] byBand = new Tally[BANDS.length + 1];
        for (int b = 0; b <= BANDS.length; b++) {
            byBand[b] = tallies.computeIfAbsent(key(j, b, wells), k -> new Tally());
            byBand[b].loadMin = Math.min(byBand[b].loadMin, Math.min(loadBefore, loadAfter));
            byBand[b].loadMax = Math.max(byBand[b].loadMax, Math.max(loadBefore, loadAfter));
        }
        Tally all = byBand[BANDS.length];
        int m = 0;
        for (List<Number> f : frames) {
            double t = f.get(0).doubleValue();
            double delta = f.get(1).doubleValue();
            while (m < moves.size() && t >= moves.get(m).get(2).doubleValue()) {
                m++;
            }
            if (m == moves.size() || t < moves.get(m).get(1).doubleValue()) {
                continue; // before the first move or after the last: not part of the journey
            }
            for (Tally tally : new Tally[] {byBand[band(moves.get(m).get(0).intValue())], all}) {
                tally.frames.add(Math.round(delta * 1e6));
                tally.over50 += delta > 50 ? 1 : 0;
            }
        }
        int d = 0;
        for (List<Number> draw : (List<List<Number>>) result.get("draws")) {
            double t = draw.get(0).doubleValue();
            while (d < moves.size() && t >= moves.get(d).get(2).doubleValue()) {
                d++;
            }
            if (d < moves.size() && t >= moves.get(d).get(1).doubleValue()) {
                for (Tally tally : new Tally[] {byBand[band(moves.get(d).get(0).intValue())], all}) {
                    tally.drawMs.add(Math.round(draw.get(1).doubleValue() * 1e6));
                }
            }
        }
        all.decode.addAll((List<List<Number>>) result.get("decode"));
        for (List<Number> move : moves) {
            double drawn = move.get(3).doubleValue();
            for (Tally tally : new Tally[] {byBand[band(move.get(0).intValue())], all}) {
                tally.moves++;
                tally.features += move.get(4).longValue();
                if (drawn < 0) {
                    tally.notDrawn++;
                } else {
                    tally.drawn.add(Math.round(drawn * 1e6));
                }
            }
        }
        for (List<Number> tile : tiles) {
            double start = tile.get(0).doubleValue();
            int zoom = moves.get(0).get(0).intValue();
            for (List<Number> move : moves) {
                if (move.get(1).doubleValue() <= start) {
                    zoom = move.get(0).intValue();
                }
            }
            for (Tally tally : new Tally[] {byBand[band(zoom)], all}) {
                // Bytes on the wire (transferSize) are 0 here: the map's service worker fetches the tiles.
                tally.tiles++;
                long body = tile.get(2).longValue();
                tally.empty += body == 0 ? 1 : 0;
                tally.bodyBytes += body;
                tally.tileMs.add(Math.round(tile.get(3).doubleValue() * 1e6));
            }
        }
    }

    static String key(Journey j, int band, boolean wells) {
        return j.name + "/" + band + "/" + wells;
    }

    private void report(long published, int rounds, Map<String, Object> plan, List<Journey> journeys, Map<String, Tally> tallies,
                        String chromium, boolean serviceWorker, JdbcClient jdbc, String startLoad) {
        lines.add(String.format(Locale.ROOT, "### Map frame times, %,d published wells (%s)", published,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; Chromium " + chromium + " headless (" + WIDTH + "×" + HEIGHT
                + ", no GPU); service, PostgreSQL and the browser on the same host. Load average (1 / 5 / 15 min) at the start: "
                + startLoad + ". " + rounds + " rounds per journey, the wells on and off alternating on the same page; each journey "
                + plan.get("pans") + " animated pans (the browser test's offsets) at z" + plan.get("fromZoom") + ", then one zoom level"
                + " at a time to z" + plan.get("toZoom") + " and back, " + plan.get("pans") + " pans after each; each move waits until"
                + " drawn (at least " + plan.get("minStepMs") + " ms, at most " + plan.get("maxWaitMs") + " ms).");
        lines.add("");
        for (Journey j : journeys) {
            lines.add("* **" + j.name + "**: " + j.description + ".");
        }
        lines.add("");
        lines.add("| journey | zoom | wells | moves | frames | rAF ms p50 / p95 / p99 / max | frames > 50 ms"
                + " | drawn after a move, ms p50 / p95 / max | wells tiles (empty) | tile KB | tile ms p50 / p95 / max | canvas draw ms a tile p50 / p95 / max | wells drawn | ÷ floor (rAF p50 / p95) | load (1 min) |");
        lines.add("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Journey j : journeys) {
            for (int b = 0; b <= BANDS.length; b++) {
                String zoom = b == BANDS.length ? "**all**" : "z" + BANDS[b][0] + "–" + BANDS[b][1];
                Tally on = tallies.get(key(j, b, true));
                Tally off = tallies.get(key(j, b, false));
                lines.add(row(j.name, zoom, "on", on, ratios(on, off)));
                lines.add(row(j.name, zoom, "off (floor)", off, "—"));
            }
        }
        lines.add("");
        for (Journey j : journeys) {
            List<String> largest = tallies.get(key(j, BANDS.length, true)).decode.stream()
                    .sorted((a, b) -> Long.compare(b.get(0).longValue(), a.get(0).longValue())).limit(5)
                    .map(x -> String.format(Locale.ROOT, "%,.0f KB, %,d features: %s ms", x.get(0).doubleValue() / 1024,
                            x.get(2).longValue(), TilesBenchmark.ms(x.get(1).doubleValue())))
                    .toList();
            lines.add("Decoding the largest tiles of the " + j.name + " journey (`decodeTile`, the map's decoder, on the page's"
                    + " main thread; the journey's five largest in each round, so a tile appears once a round): " + String.join("; ", largest) + ".");
            lines.add("");
        }
        lines.add("Load average at the end: " + Machine.load() + ". Frames: every `requestAnimationFrame` delta from a move's"
                + " start to the next's, counted in the band of the move's zoom; drawn: from a move's start until it has ended"
                + " and the wells layer loads no tile (with the wells off: until the move has ended); tiles: the layer's"
                + " `tiledrawn` events of tiles started during the band's moves (drawn tiles; empty: no body; KB: bodies;"
                + " ms: request to last byte in the tile worker, through the map's service worker, " + (serviceWorker ? "which"
                + " controlled the page" : "which did not control the page") + "); wells drawn: points and cells the layer drew.");
        lines.add("");
    }

    private static String row(String journey, String zoom, String wells, Tally t, String ratios) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %,d | %s | %d | %s | %,d (%,d) | %,.0f | %s | %s | %,d | %s | %.1f–%.1f |",
                journey, zoom, wells, t.moves, t.frames.size(), four(t.frames), t.over50,
                t.drawn.size() == 0 ? "—" : TilesBenchmark.triple(t.drawn) + (t.notDrawn > 0 ? " (" + t.notDrawn + " not drawn)" : ""),
                t.tiles, t.empty, t.bodyBytes / 1024.0, t.tileMs.size() == 0 ? "—" : TilesBenchmark.triple(t.tileMs),
                t.drawMs.size() == 0 ? "—" : TilesBenchmark.triple(t.drawMs), t.features,
                ratios, t.loadMin, t.loadMax);
    }

    private static String four(Samples s) {
        if (s.size() == 0) {
            return "—";
        }
        return TilesBenchmark.ms(s.percentileMs(0.5)) + " / " + TilesBenchmark.ms(s.percentileMs(0.95)) + " / "
                + TilesBenchmark.ms(s.percentileMs(0.99)) + " / " + TilesBenchmark.ms(s.percentileMs(1.0));
    }

    private static String ratios(Tally on, Tally off) {
        if (on.frames.size() == 0 || off.frames.size() == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f× / %.2f×", on.frames.percentileMs(0.5) / off.frames.percentileMs(0.5),
                on.frames.percentileMs(0.95) / off.frames.percentileMs(0.95));
    }

    /** One headless Chromium, offline as the browser tests' (MapBrowser): never Selenium Manager, no calls home. */
    static final class Browser implements AutoCloseable {

        final ChromeDriver driver;
        private final Path profile;

        Browser() throws IOException {
            if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
                throw new IllegalStateException("map-frames needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian packages chromium and chromium-driver): apt-get install chromium chromium-driver");
            }
            profile = Files.createTempDirectory("manhal-bench-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(20));
        }

        /** Loads the map page and waits until it is ready (#map data-ready, docs/map.md). */
        void open(String url) {
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
