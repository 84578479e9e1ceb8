package org.manhal.bench.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.manhal.bench.SyntheticWells;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An OGC API Features items page of the wells through the service ({@code GET /ogc/collections/
 * wells/items}, GeoJSON, anonymous) beside MapServer 8's own OGC API Features for the same page,
 * in the same run, alternating which goes first, after one warm-up of each.
 *
 * <p>The service's generated mapfile does not enable MapServer's OGC API (the service answers
 * {@code /ogc} itself), so this writes a copy beside it, {@code bench-ogcapi.map} with its config
 * {@code bench-ogcapi.conf} (mode 0600: the copy holds the publishing role's password, as the
 * original does), that adds {@code oga_enable_request "*"} and, because MapServer 8.0's OGC API
 * takes no attribute filter (only {@code bbox}, {@code limit}, {@code offset}, {@code datetime}),
 * a layer {@code wells_agricultural}: the wells layer with the filter in its SQL; and, because it
 * has no sort either (its page is the first matches in the order PostgreSQL finds them),
 * {@code …_ordered} copies whose SQL orders by registry number as the service does, so that both
 * answer the same page. MapServer is then run as CGI ({@link MapServ}) with
 * {@code PATH_INFO=/OGCBENCH/ogcapi/collections/…/items}. The service's page and the ordered
 * MapServer page are checked: the same feature ids in the same order.
 */
public final class FeaturesMapServerBenchmark implements Benchmark {

    static final String ALIAS = "OGCBENCH";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A page: the service's query, MapServer's collection and query. */
    private record Case(String label, String serviceQuery, String collection, String mapServerQuery) {
    }

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --ows-dir DIR (the service's MANHAL_OWS_DIR) --mapserv /usr/bin/mapserv"
                + " --mapserver-url http://127.0.0.1:PORT/mapserv (a FastCGI MapServer with DIR/bench-ogcapi.conf, instead of CGI)"
                + " --wells N (default 1000000) --runs R (default 20) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        Path dir = Path.of(options.text("ows-dir", "var/ows"));
        Path config = writeBenchMapfile(dir);
        String fastCgi = options.text("mapserver-url", null);
        MapServer mapServer = fastCgi == null ? cgi(new MapServ(options.text("mapserv", "/usr/bin/mapserv"), config))
                : fastCgi(new Service(fastCgi));
        SyntheticWells.ensure(db.dataSource(), options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int runs = (int) options.number("runs", 20);
        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        String box = FeaturesBenchmark.denseBox(jdbc);
        String filter = "use = 'AGRICULTURAL'";

        List<Case> cases = List.of(
                new Case("bbox " + box, "bbox=" + box, "wells", "bbox=" + box),
                new Case("bbox and `" + filter + "`", "bbox=" + box + "&filter=" + FeaturesBenchmark.enc(filter),
                        "wells_agricultural", "bbox=" + box));
        // No deeper page: MapServer 8.0.0 (Debian 12) ignores offset on database layers and answers the first page
        // again (MapServer issue 6613, fixed after 8.0.0), so there is no same page to compare.

        lines.add(String.format(Locale.ROOT, "### OGC API Features beside MapServer's, %,d published wells (%s)", published,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; service, MapServer, PostgreSQL and this client on the same host."
                + " Load average (1 / 5 / 15 min) at the start: " + Machine.load() + ". `limit=100`, `f=json` on every page; "
                + runs + " runs per case after one warm-up, service and MapServer alternating; milliseconds p50 / p95 / max."
                + " Service = `GET /ogc/collections/wells/items` over HTTP, anonymous, the whole GeoJSON body read;"
                + " MapServer = " + (fastCgi == null ? "`mapserv` as CGI (one process a request), `PATH_INFO=/" + ALIAS
                        + "/ogcapi/collections/…/items`" : "MapServer as FastCGI behind lighttpd, `" + fastCgi + "/" + ALIAS
                        + "/ogcapi/collections/…/items` over HTTP") + ", the copy of the"
                + " generated mapfile with OGC API enabled (`bench-ogcapi.conf`), the whole answer read: \"same page\" from a copy of the wells layer"
                + " whose SQL orders by registry number as the service does (MapServer 8.0's OGC API has no sort), \"its own"
                + " order\" from the layer as generated (the first 100 matches in the order PostgreSQL finds them: another"
                + " page). The attribute filter: a copy of the layer with `WHERE use = 'AGRICULTURAL'` in its SQL (MapServer"
                + " 8.0's OGC API takes no attribute filter).");
        lines.add("");
        lines.add("| page | service numberMatched | MapServer numberMatched | service ms | MapServer ms (same page) | service ÷"
                + " MapServer (p50) | same page | MapServer ms, its own order (as generated) | load (1 min) |");
        lines.add("|---|---:|---:|---:|---:|---:|---|---|---|");
        for (Case c : cases) {
            measure(service, mapServer, c, runs);
        }
        lines.add("");
        lines.add("Load average at the end: " + Machine.load() + ".");
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/features-mapserver-results.md")), markdown);
    }

    /** MapServer's OGC API: the body of its answer to a path and query. */
    private interface MapServer {
        byte[] page(String pathInfo, String query);
    }

    private static MapServer cgi(MapServ mapServ) {
        return (pathInfo, query) -> {
            MapServ.Answer a = mapServ.path(pathInfo, query);
            return json(a.contentType(), a.body(), pathInfo + "?" + query);
        };
    }

    /** MapServer's FastCGI web server with {@code bench-ogcapi.conf} as its config (docs/benchmarks.md). */
    private static MapServer fastCgi(Service web) {
        return (pathInfo, query) -> {
            Service.Answer a = web.get(pathInfo + "?" + query);
            return json(a.status() == 200 ? "application/json" : "status " + a.status(), a.body(), pathInfo + "?" + query);
        };
    }

    private void measure(Service service, MapServer mapServer, Case c, int runs) {
        double loadBefore = Machine.load1();
        String path = "/ogc/collections/wells/items?f=json&limit=100&" + c.serviceQuery();
        String ordered = "/" + ALIAS + "/ogcapi/collections/" + c.collection() + "_ordered/items";
        String asGenerated = "/" + ALIAS + "/ogcapi/collections/" + c.collection() + "/items";
        String query = "f=json&limit=100&" + c.mapServerQuery();
        JsonNode s = JSON.readTree(Service.expect(200, service.get(path, "Accept", "application/geo+json"), path).body());
        JsonNode m = JSON.readTree(mapServerPage(mapServer, ordered, query));
        JsonNode g = JSON.readTree(mapServerPage(mapServer, asGenerated, query));
        List<String> serviceIds = ids(s);
        List<String> mapServerIds = ids(m);
        Samples serviceMs = new Samples();
        Samples orderedMs = new Samples();
        Samples generatedMs = new Samples();
        List<Runnable> steps = List.of(() -> serviceMs.add(TilesBenchmark.time(() -> service.get(path, "Accept", "application/geo+json"))),
                () -> orderedMs.add(TilesBenchmark.time(() -> mapServerPage(mapServer, ordered, query))),
                () -> generatedMs.add(TilesBenchmark.time(() -> mapServerPage(mapServer, asGenerated, query))));
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < steps.size(); k++) {
                steps.get((r + k) % steps.size()).run(); // each goes first in a third of the rounds
            }
        }
        lines.add(String.format(Locale.ROOT, "| %s | %s | %s | **%s** | %s | %.2f | %s | %s | %.1f → %.1f |", c.label(), matched(s),
                matched(m), TilesBenchmark.triple(serviceMs), TilesBenchmark.triple(orderedMs),
                serviceMs.percentileMs(0.5) / orderedMs.percentileMs(0.5),
                serviceIds.equals(mapServerIds) ? "yes (" + serviceIds.size() + " ids, same order)"
                        : "**NO**: " + serviceIds.size() + " and " + mapServerIds.size() + " ids, " + overlap(serviceIds, mapServerIds)
                        + " in both",
                TilesBenchmark.triple(generatedMs) + " (" + overlap(serviceIds, ids(g)) + " of its " + ids(g).size()
                        + " ids on the service's page)", loadBefore, Machine.load1()));
    }

    private static byte[] mapServerPage(MapServer mapServer, String pathInfo, String query) {
        return mapServer.page(pathInfo, query);
    }

    private static byte[] json(String contentType, byte[] body, String what) {
        if (!contentType.contains("json") || body.length == 0 || body[0] != '{') {
            throw new IllegalStateException("MapServer " + what + " answered " + contentType + ": "
                    + new String(body, 0, Math.min(500, body.length), StandardCharsets.UTF_8));
        }
        return body;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private static String matched(JsonNode page) {
        JsonNode n = page.get("numberMatched");
        return n == null || n.isNull() ? "— (left out)" : String.format(Locale.ROOT, "%,d", n.asLong());
    }

    private static long overlap(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).count();
    }

    /**
     * Writes {@code bench-ogcapi.map}: the service's generated {@code manhal.map} with MapServer's
     * OGC API enabled and the filtered wells layer, and its config; returns the config's path.
     */
    static Path writeBenchMapfile(Path dir) throws java.io.IOException {
        String map = Files.readString(dir.resolve("manhal.map"), StandardCharsets.UTF_8);
        String anchor = "      \"ows_sld_enabled\" \"false\"\n";
        int layerStart = map.indexOf("  LAYER\n    NAME \"wells\"\n");
        if (!map.contains(anchor) || layerStart < 0) {
            throw new IllegalStateException(dir.resolve("manhal.map") + " is not the mapfile this benchmark knows (MapfileWriter)");
        }
        int layerEnd = map.indexOf("\n  END\n", layerStart) + "\n  END\n".length();
        String wells = map.substring(layerStart, layerEnd);
        if (!wells.contains(" FROM pub.well)")) {
            throw new IllegalStateException("the wells layer of manhal.map does not read pub.well as expected");
        }
        String bench = map.substring(0, layerEnd)
                + variant(wells, "wells_ordered", " FROM pub.well ORDER BY registry_number)")
                + variant(wells, "wells_agricultural", " FROM pub.well WHERE use = 'AGRICULTURAL')")
                + variant(wells, "wells_agricultural_ordered", " FROM pub.well WHERE use = 'AGRICULTURAL' ORDER BY registry_number)")
                + map.substring(layerEnd);
        bench = bench.replace(anchor, anchor + "      \"oga_enable_request\" \"*\"\n"
                + "      \"oga_onlineresource\" \"http://localhost/mapserv/" + ALIAS + "/ogcapi\"\n");
        Path mapfile = dir.resolve("bench-ogcapi.map");
        Path config = dir.resolve("bench-ogcapi.conf");
        writePrivate(mapfile, bench);
        writePrivate(config, "CONFIG\n  ENV\n    MS_MAP_NO_PATH \"1\"\n    MS_ERRORFILE \"stderr\"\n"
                + "    OGCAPI_HTML_TEMPLATE_DIRECTORY \"/usr/share/mapserver/ogcapi/templates/html-plain/\"\n  END\n"
                + "  MAPS\n    " + ALIAS + " \"" + mapfile.toAbsolutePath() + "\"\n  END\nEND\n");
        return config;
    }

    /** The wells layer under another name, its SQL ending in {@code from} instead of {@code " FROM pub.well)"}. */
    private static String variant(String wells, String name, String from) {
        return wells.replace("NAME \"wells\"", "NAME \"" + name + "\"").replace(" FROM pub.well)", from);
    }

    private static void writePrivate(Path file, String text) throws java.io.IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
