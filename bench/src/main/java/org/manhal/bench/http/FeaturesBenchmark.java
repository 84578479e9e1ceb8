package org.manhal.bench.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * OGC API Features items pages of the wells through the service
 * ({@code GET /ogc/collections/wells/items}, GeoJSON, anonymous: the public attributes) beside the
 * plain SQL for the same answer on the same database in the same run: the page (the same
 * attributes, {@code ST_AsGeoJSON} with 7 decimals, ordered by registry number, {@code limit} /
 * {@code offset}, one row more than the page) and numberMatched as the service computes it (a
 * {@code count(*)} of at most 10,001 matches, left out above 10,000), from {@code pub.well}. Every
 * service answer is checked against the plain one: the same feature ids in the same order, the
 * same numberMatched (or none).
 */
public final class FeaturesBenchmark implements Benchmark {

    private static final String COLUMNS = """
            v.registry_number, ST_AsGeoJSON(v.geom, 7, 0), v.type, v.use, v.status, v.depth_m, v.diameter_mm,
            v.yield_m3_per_day, v.wilayat_code, v.wilayat_name_ar, v.wilayat_name_en, v.governorate_code, v.is_sample,
            v.created_at, v.updated_at""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The service's bound on numberMatched (PublishedFeatures.MATCH_COUNT_LIMIT): given up to it, left out above. */
    private static final int MATCH_COUNT_LIMIT = 10_000;

    /**
     * A page asked of the service, and the plain SQL condition that gives the same answer; a page
     * of a next link starts {@code after} a registry number (the count leaves that out).
     */
    private record Case(String label, String query, String where, int offset, String after) {

        Case(String label, String query, String where, int offset) {
            this(label, query, where, offset, null);
        }
    }

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --wells N (default 1000000) --runs R (default 20) --slow-runs S (a plain answer"
                + " slower than 1 s, default 5) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        SyntheticWells.ensure(db.dataSource(), options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int runs = (int) options.number("runs", 20);
        int slowRuns = (int) options.number("slow-runs", 5);
        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();

        String box = denseBox(jdbc);
        String inBox = "v.geom && ST_MakeEnvelope(" + box + ", 4326)";
        String filter = "use = 'AGRICULTURAL' AND depthM > 100";
        String filtered = "v.use = 'AGRICULTURAL' and v.depth_m > 100";
        long boxMatched = jdbc.sql("select count(*) from pub.well v where " + inBox).query(Long.class).single(); // for the last page

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("bbox " + box, "bbox=" + box, inBox, 0));
        cases.add(new Case("CQL2 `" + filter + "` (whole collection)", "filter=" + enc(filter), filtered, 0));
        cases.add(new Case("bbox and the CQL2 filter", "bbox=" + box + "&filter=" + enc(filter), inBox + " and " + filtered, 0));
        cases.add(new Case("bbox, the last page (offset " + (boxMatched - 100) + ")", "bbox=" + box + "&offset=" + (boxMatched - 100),
                inBox, (int) (boxMatched - 100)));
        for (int offset : new int[] {1_000, 100_000, (int) published - 100}) {
            cases.add(new Case(String.format(Locale.ROOT, "no filter, offset %,d", offset), "offset=" + offset, "true", offset));
            // the same page as the next links ask it: after the registry number just before it
            String after = jdbc.sql("select registry_number from pub.well order by registry_number limit 1 offset ?")
                    .param(offset - 1).query(String.class).single();
            cases.add(new Case("no filter, the same page by `after` (as the next link asks it)",
                    "after=" + enc(after), "true", 0, after));
        }

        lines.add(String.format(Locale.ROOT, "### OGC API Features, %,d published wells (%s)", published,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; service, PostgreSQL and this client on the same host."
                + " Load average (1 / 5 / 15 min) at the start: " + Machine.load() + ". `limit=100` on every page; " + runs
                + " runs per case after one warm-up (a plain answer slower than 1 s: " + slowRuns + "), service and plain"
                + " alternating; milliseconds p50 / p95 / max. Service = HTTP GET, anonymous, the whole GeoJSON body read;"
                + " plain = the page's SQL (101 rows: one more says whether a next page follows) and the bounded count behind"
                + " numberMatched (`count(*)` of at most 10,001 matching rows; none when a first page is the last) over"
                + " JDBC, rows read; numberMatched left out above 10,000, as the service does.");
        lines.add("");
        lines.add("| page | numberMatched | service ms | plain SQL ms (page + bounded count) | service ÷ plain (p50) | same answer | load (1 min) |");
        lines.add("|---|---:|---:|---:|---:|---|---|");
        for (Case c : cases) {
            measure(service, jdbc, c, runs, slowRuns);
        }
        lines.add("");
        lines.add("Load average at the end: " + Machine.load() + ".");
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/features-results.md")), markdown);
    }

    private void measure(Service service, JdbcClient jdbc, Case c, int runs, int slowRuns) {
        double loadBefore = Machine.load1();
        String path = "/ogc/collections/wells/items?f=json&limit=100&" + c.query();
        JsonNode answer = JSON.readTree(Service.expect(200, service.get(path, "Accept", "application/geo+json"), path).body());
        long t0 = System.nanoTime();
        Plain plain = plain(jdbc, c);
        boolean slow = System.nanoTime() - t0 > 1_000_000_000L;
        List<String> ids = new ArrayList<>();
        answer.get("features").forEach(f -> ids.add(f.get("id").asString()));
        JsonNode n = answer.get("numberMatched");
        Long serviceMatched = n == null || n.isNull() ? null : n.asLong();
        boolean same = ids.equals(plain.ids()) && java.util.Objects.equals(serviceMatched, plain.matched());
        Samples serviceMs = new Samples();
        Samples plainMs = new Samples();
        for (int r = 0; r < (slow ? slowRuns : runs); r++) {
            if (r % 2 == 0) {
                serviceMs.add(TilesBenchmark.time(() -> service.get(path, "Accept", "application/geo+json")));
                plainMs.add(TilesBenchmark.time(() -> plain(jdbc, c)));
            } else {
                plainMs.add(TilesBenchmark.time(() -> plain(jdbc, c)));
                serviceMs.add(TilesBenchmark.time(() -> service.get(path, "Accept", "application/geo+json")));
            }
        }
        lines.add(String.format(Locale.ROOT, "| %s | %s | **%s** | %s | %.2f | %s | %.1f → %.1f |", c.label(), matched(plain.matched()),
                TilesBenchmark.triple(serviceMs), TilesBenchmark.triple(plainMs),
                serviceMs.percentileMs(0.5) / plainMs.percentileMs(0.5),
                same ? "yes (" + ids.size() + " ids, numberMatched)" : "**NO**: " + ids.size() + " ids, numberMatched "
                        + matched(serviceMatched), loadBefore, Machine.load1()));
    }

    /** The page's ids and numberMatched, null where the service leaves it out (more than {@value #MATCH_COUNT_LIMIT}). */
    private record Plain(List<String> ids, Long matched) {
    }

    /**
     * The service's answer in plain SQL (PublishedFeatures): one row more than the page says
     * whether another follows; the count is bounded, {@code count(*)} of at most 10,001 rows, and
     * left out above 10,000; a first page that is the last needs no count.
     */
    private static Plain plain(JdbcClient jdbc, Case c) {
        String page = c.after() == null ? c.where() : "(" + c.where() + ") and v.registry_number > :after";
        JdbcClient.StatementSpec select = jdbc.sql("select " + COLUMNS + " from pub.well v where " + page
                + " order by v.registry_number limit 101 offset " + c.offset());
        if (c.after() != null) {
            select = select.param("after", c.after());
        }
        List<String> rows = select
                .query((rs, i) -> {
                    for (int k = 2; k <= 15; k++) {
                        rs.getObject(k); // read every column, as the service does
                    }
                    return rs.getString(1);
                }).list();
        boolean more = rows.size() > 100;
        List<String> ids = more ? rows.subList(0, 100) : rows;
        long matched = c.offset() == 0 && c.after() == null && !more ? ids.size()
                : jdbc.sql("select count(*) from (select 1 from pub.well v where " + c.where() + " limit " + (MATCH_COUNT_LIMIT + 1)
                        + ") m").query(Long.class).single();
        return new Plain(ids, matched <= MATCH_COUNT_LIMIT ? matched : null);
    }

    private static String matched(Long n) {
        return n == null ? "— (over 10,000)" : String.format(Locale.ROOT, "%,d", n);
    }

    /** A 0.3° × 0.2° box (about 30 × 22 km) around the densest quarter-degree cell of the wells, "minx,miny,maxx,maxy". */
    static String denseBox(JdbcClient jdbc) {
        double[] centre = jdbc.sql("""
                select (floor(ST_X(geom) * 4) + 0.5) / 4, (floor(ST_Y(geom) * 4) + 0.5) / 4 from pub.well
                 group by 1, 2 order by count(*) desc limit 1""")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        return String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", centre[0] - 0.15, centre[1] - 0.1, centre[0] + 0.15,
                centre[1] + 0.1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
