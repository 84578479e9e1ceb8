package org.manhal.bench.http;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.manhal.bench.SyntheticWells;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WMS 1.3.0 GetMap of the wells, 256 × 256 PNG, the bounding box of a web-map tile (EPSG:3857)
 * at a few zooms over the densest areas, through the service ({@code GET /ows}: the proxy, then
 * MapServer) beside its floor: MapServer itself for the same request ({@link MapServ}: mapserv as
 * CGI with the service's generated config file and mapfile; or, with {@code --mapserver-url}, the
 * FastCGI web server the service is configured with), in the same run, alternating which
 * goes first, after one warm-up of each. Every answer pair is checked: both PNGs, 256 × 256, with
 * drawn (not transparent) pixels; the bytes compared.
 */
public final class WmsBenchmark implements Benchmark {

    private static final double HALF = 20037508.342789244;

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --ows-dir DIR (the service's MANHAL_OWS_DIR) --mapserv /usr/bin/mapserv"
                + " --mapserver-url http://127.0.0.1:PORT/mapserv (MapServer's FastCGI web server as the floor, instead of CGI)"
                + " --wells N (default 1000000) --zooms 8,11,14 --tiles T (per zoom, default 3) --runs R (default 10)"
                + " --slow-runs S (an answer slower than 1 s, default 4) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        Path dir = Path.of(options.text("ows-dir", "var/ows"));
        String fastCgi = options.text("mapserver-url", null);
        Floor mapServer = fastCgi == null ? direct(new MapServ(options.text("mapserv", "/usr/bin/mapserv"), dir.resolve("mapserver.conf")))
                : direct(new Service(fastCgi));
        SyntheticWells.ensure(db.dataSource(), options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int perZoom = (int) options.number("tiles", 3);
        int runs = (int) options.number("runs", 10);
        int slowRuns = (int) options.number("slow-runs", 4);
        int[] zooms = Arrays.stream(options.text("zooms", "8,11,14").split(",")).mapToInt(Integer::parseInt).toArray();

        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        lines.add(String.format(Locale.ROOT, "### WMS GetMap, %,d published wells (%s)", published,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; " + mapServerVersion(options) + "; service, MapServer, PostgreSQL"
                + " and this client on the same host. Load average (1 / 5 / 15 min) at the start: " + Machine.load()
                + ". `LAYERS=wells`, 256 × 256 `image/png`, `CRS=EPSG:3857`, `BBOX` = a web-map tile's; per zoom " + perZoom
                + " tiles (the densest of an even sample of the wells), " + runs + " runs each after one warm-up (an answer"
                + " slower than 1 s: " + slowRuns + "), service and MapServer alternating; milliseconds p50 / p95 / max over"
                + " all tiles and runs. Service = `GET /ows` over HTTP, whole body read; MapServer = "
                + (fastCgi == null ? "`mapserv` as CGI (one process a request) with the service's generated config and mapfile"
                        : "MapServer's FastCGI web server (lighttpd, `" + fastCgi + "`) over HTTP, the service's generated config and"
                        + " mapfile") + ", the same query, whole answer read. The last row: a z14 tile of sea, no well in it (the"
                + " cost of a request without drawing).");
        lines.add("");
        lines.add("| zoom | tiles | wells in tile (median / max) | service ms | MapServer ms | service ÷ MapServer (p50)"
                + " | PNG KB (median / max) | PNGs 256 × 256, drawn | same bytes | load (1 min) |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        for (int z : zooms) {
            zoom(service, mapServer, jdbc, String.valueOf(z), TilesBenchmark.densestTiles(jdbc, z, perZoom), runs, slowRuns);
        }
        // The Arabian Sea east of Masirah (59.0° E, 19.0° N): inside the mapfile's extent, no well.
        int side = 1 << 14;
        double lat = Math.toRadians(19.0);
        int[] sea = {14, (int) Math.floor((59.0 + 180) / 360 * side),
                (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * side)};
        zoom(service, mapServer, jdbc, "14, sea", List.of(sea), runs, slowRuns);
        lines.add("");
        lines.add("Load average at the end: " + Machine.load() + ".");
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/wms-results.md")), markdown);
    }

    /** MapServer for a GetMap query: its PNG. */
    private interface Floor {
        byte[] get(String query);
    }

    private void zoom(Service service, Floor mapServer, JdbcClient jdbc, String z, List<int[]> tiles, int runs, int slowRuns) {
        double loadBefore = Machine.load1();
        Samples serviceMs = new Samples();
        Samples mapServerMs = new Samples();
        List<Long> wells = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        int drawn = 0;
        int same = 0;
        for (int[] t : tiles) {
            String query = getMap(t);
            wells.add(jdbc.sql("select count(*) from pub.well v where v.geom && ST_Transform(ST_TileEnvelope(?, ?, ?), 4326)")
                    .params(t[0], t[1], t[2]).query(Long.class).single());
            long t0 = System.nanoTime();
            byte[] s = viaService(service, query); // warm-up of both, and the images checked
            boolean slow = System.nanoTime() - t0 > 1_000_000_000L;
            byte[] m = mapServer.get(query);
            drawn += drawnPixels(s) > 0 && drawnPixels(m) > 0 ? 1 : 0;
            same += Arrays.equals(s, m) ? 1 : 0;
            bytes.add((long) s.length);
            for (int r = 0; r < (slow ? slowRuns : runs); r++) {
                if (r % 2 == 0) {
                    serviceMs.add(TilesBenchmark.time(() -> viaService(service, query)));
                    mapServerMs.add(TilesBenchmark.time(() -> mapServer.get(query)));
                } else {
                    mapServerMs.add(TilesBenchmark.time(() -> mapServer.get(query)));
                    serviceMs.add(TilesBenchmark.time(() -> viaService(service, query)));
                }
            }
        }
        lines.add(String.format(Locale.ROOT, "| %s | %d | %s | **%s** | %s | %.2f | %s | %d of %d | %d of %d | %.1f → %.1f |", z,
                tiles.size(), TilesBenchmark.medianMax(wells, 1), TilesBenchmark.triple(serviceMs), TilesBenchmark.triple(mapServerMs),
                serviceMs.percentileMs(0.5) / mapServerMs.percentileMs(0.5), TilesBenchmark.medianMax(bytes, 1024), drawn, tiles.size(), same,
                tiles.size(), loadBefore, Machine.load1()));
    }

    /** GetMap of the wells for the web-map tile z/x/y: its bounding box in Web Mercator. */
    static String getMap(int[] t) {
        double size = 2 * HALF / (1 << t[0]);
        double minX = -HALF + t[1] * size;
        double maxY = HALF - t[2] * size;
        return String.format(Locale.ROOT, "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=wells&STYLES=&CRS=EPSG:3857"
                + "&BBOX=%.3f,%.3f,%.3f,%.3f&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE", minX, maxY - size, minX + size, maxY);
    }

    private static byte[] viaService(Service service, String query) {
        Service.Answer a = Service.expect(200, service.get("/ows?" + query), "GetMap");
        return png(a.body(), "service");
    }

    private static Floor direct(MapServ mapServer) {
        return query -> {
            MapServ.Answer a = mapServer.get("map=MANHAL&" + query);
            if (!a.contentType().startsWith("image/png")) {
                throw new IllegalStateException("mapserv answered " + a.contentType() + ": "
                        + a.text().substring(0, Math.min(500, a.text().length())));
            }
            return png(a.body(), "mapserv");
        };
    }

    /** MapServer's FastCGI web server, asked directly (what the service's FastCgiMapServer asks). */
    private static Floor direct(Service fastCgi) {
        return query -> png(Service.expect(200, fastCgi.get("?map=MANHAL&" + query), "FastCGI GetMap").body(), "FastCGI mapserv");
    }

    private static byte[] png(byte[] b, String who) {
        if (b.length < 8 || (b[0] & 0xff) != 0x89 || b[1] != 'P' || b[2] != 'N' || b[3] != 'G') {
            throw new IllegalStateException(who + " answered no PNG: " + new String(b, 0, Math.min(300, b.length),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return b;
    }

    /** Pixels with some opacity in a 256 × 256 PNG; -1 for an image of another size. */
    static int drawnPixels(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() != 256 || image.getHeight() != 256) {
                return -1;
            }
            int n = 0;
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    n += (image.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mapServerVersion(BenchOptions options) {
        try {
            Process p = new ProcessBuilder(options.text("mapserv", "/usr/bin/mapserv"), "-v").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            p.waitFor();
            return v.contains(" OUTPUT") ? v.substring(0, v.indexOf(" OUTPUT")) : v;
        } catch (IOException e) {
            return "MapServer (version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "MapServer (version unknown)";
        }
    }
}
