package org.manhal.bench.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.manhal.admin.AdminAreas;
import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.SyntheticWells;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.count.CountDimension;
import org.manhal.count.CountFilter;
import org.manhal.count.internal.GeometryParameter;
import org.manhal.count.CountRow;
import org.manhal.count.WellCount;
import org.manhal.count.WellCountQuery;
import org.manhal.count.WellCounter;
import org.manhal.data.synthetic.SyntheticAreas;
import org.manhal.well.WellUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counting, fast ({@link WellCounter}) against plain PostGIS ({@code count(*) ... ST_Intersects},
 * {@code GROUP BY}), on the same data in the same run, each answer checked equal: detailed real
 * outlines, all of Oman, a quarter of the wells, ~20k-vertex polygons, random polygons, and the
 * breakdowns by governorate and wilayat. Latencies are wall clock, one client, warm cache.
 */
public final class CountBenchmark implements Benchmark {

    private static final GeometryFactory WGS84 = Crs.WGS84;

    private JdbcClient jdbc;
    private WellCounter counter;
    private AdminAreas areas;
    private int runs;
    private int slowPlainRuns;
    private long lastPlainMs;
    private final List<String> lines = new ArrayList<>();
    private int mismatches;

    @Override
    public String usage() {
        return "--wells N (default 1000000) --runs R per case (default 15) --slow-plain-runs S runs of a plain query"
                + " slower than 1 s (default 5) --random P random polygons (default 60) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        long wells = options.number("wells", 1_000_000);
        long started = System.nanoTime();
        long loaded = SyntheticWells.ensure(db.dataSource(), wells);
        String load = String.format(Locale.ROOT, "%,d synthetic wells loaded in %,d s", loaded, (System.nanoTime() - started) / 1_000_000_000);
        jdbc = db.jdbc();
        // After a bulk load the visibility map is not set until autovacuum comes by; the boundary
        // wells are read by an index-only scan, which visits the heap for pages not all-visible.
        jdbc.sql("vacuum (analyze) well").update();
        jdbc.sql("vacuum (analyze) well_count").update();
        // "Warm cache" for every case, not only for those measured after others touched the pages:
        // the counts and the covering cell index (≈ 1 GB at 10M wells) are read into memory first.
        try {
            jdbc.sql("create extension if not exists pg_prewarm").update();
            jdbc.sql("select pg_prewarm('well_count_pkey'), pg_prewarm('well_exact_cell_idx')").query().singleRow();
        } catch (org.springframework.dao.DataAccessException e) {
            System.err.println("pg_prewarm unavailable (" + e.getMostSpecificCause().getMessage() + "): the first cases may run cold");
        }
        areas = new AdminAreas(jdbc);
        counter = new WellCounter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())), areas);
        runs = (int) options.number("runs", 15);
        slowPlainRuns = (int) options.number("slow-plain-runs", 5);
        header(wells, loaded > 0 ? load : "wells already present");
        polygons((int) options.number("random", 60));
        groupBys();
        lines.add("");
        lines.add(mismatches == 0 ? "Every fast answer equalled the plain query's." : "**" + mismatches + " answers differed from the plain query.**");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/count-results.md")), markdown);
    }

    private void header(long wells, String load) throws Exception {
        long current = jdbc.sql("select count(*) from well where deleted_at is null").query(Long.class).single();
        lines.add("### " + String.format(Locale.ROOT, "%,d", current) + " wells (" + LocalDate.now() + ")");
        lines.add("");
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), "
                + memory() + " RAM; " + jdbc.sql("select split_part(version(), ' on ', 1) || ', PostGIS ' || postgis_lib_version()")
                .query(String.class).single() + "; Java " + System.getProperty("java.version") + ". Data: " + load
                + "; `well_count` " + jdbc.sql("select pg_size_pretty(pg_total_relation_size('well_count')) || ', ' || "
                + "to_char(count(*), 'FM999,999,999') || ' rows' from well_count").query(String.class).single()
                + ". " + runs + " runs per case after 3 warm-up runs (a plain query slower than a second: 1 warm-up and " + slowPlainRuns + " runs); milliseconds p50 / p95 / max.");
        lines.add("");
    }

    private void polygons(int randomCount) throws Exception {
        lines.add("| area | vertices | wells in it | fast count | plain `ST_Intersects` count | plain ÷ fast (p50) | validation (IsValidOp) |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        Geometry wilayat = outline("WILAYAT");
        Geometry governorate = outline("GOVERNORATE");
        measure("most detailed wilayat outline", wilayat, CountFilter.ALL);
        measure("most detailed governorate outline", governorate, CountFilter.ALL);
        measure("same, use=AGRICULTURAL", governorate, new CountFilter(WellUse.AGRICULTURAL, null, null, null));
        measure("all of Oman (country outline)", outline("COUNTRY"), CountFilter.ALL);
        measure("a quarter of the wells (box)", quarterBox(), CountFilter.ALL);
        measure("governorate outline densified to ~20k vertices", densify(governorate, 19_900), CountFilter.ALL);
        measure("20k-vertex wavy outline around Nizwa (r ≈ 1°)",
                new SyntheticAreas(7).wavyOutline(57.53, 22.93, 1.0, PolygonPurpose.COUNT.maxVertices() - 1), CountFilter.ALL);
        randoms(randomCount);
    }

    private void measure(String name, Geometry area, CountFilter filter) {
        List<String> problems = PolygonValidator.validate(area, "area", PolygonPurpose.COUNT).stream().map(v -> v.message().en()).toList();
        if (!problems.isEmpty()) {
            lines.add("| " + name + " | skipped: " + problems + " |");
            return;
        }
        Latencies fast = new Latencies();
        Latencies plain = new Latencies();
        Latencies validation = new Latencies();
        long n = -1;
        for (int i = 0; i < runs + 3; i++) {
            boolean record = i >= 3;
            long t0 = System.nanoTime();
            PolygonValidator.validate(area, "area", PolygonPurpose.COUNT);
            long t1 = System.nanoTime();
            long f = counter.count(new WellCountQuery(area, filter, null)).total();
            long t2 = System.nanoTime();
            // a plain query slower than a second: one warm-up run and --slow-plain-runs measured runs
            boolean plainToo = i == 0 || i < 3 && lastPlainMs < 1000 || i >= 3 && (plain.size() < slowPlainRuns || plain.p50() < 1000);
            long p = plainToo ? plainCount(area, filter) : n;
            long t3 = System.nanoTime();
            if (plainToo) {
                lastPlainMs = (t3 - t2) / 1_000_000;
            }
            check(name, f, p);
            if (record) {
                validation.add(t1 - t0);
                fast.add(t2 - t1);
                if (plainToo) {
                    plain.add(t3 - t2);
                }
            }
            n = p;
        }
        row(name, area.getNumPoints() + "", n, fast, plain, validation);
    }

    private void randoms(int count) {
        SyntheticAreas random = new SyntheticAreas(42);
        Latencies fast = new Latencies();
        Latencies plain = new Latencies();
        Latencies validation = new Latencies();
        long wells = 0;
        int maxVertices = 0;
        for (int i = 0; i < count; i++) {
            Geometry area = random.next();
            long t0 = System.nanoTime();
            PolygonValidator.validate(area, "area", PolygonPurpose.COUNT);
            long t1 = System.nanoTime();
            long f = counter.count(new WellCountQuery(area, CountFilter.ALL, null)).total();
            long t2 = System.nanoTime();
            long p = plainCount(area, CountFilter.ALL);
            long t3 = System.nanoTime();
            check("random polygon " + i, f, p);
            validation.add(t1 - t0);
            fast.add(t2 - t1);
            plain.add(t3 - t2);
            wells = Math.max(wells, p);
            maxVertices = Math.max(maxVertices, area.getNumPoints());
        }
        row(count + " random polygons (stars, holes, multipolygons, cell-aligned boxes; one run each)",
                "4–" + maxVertices, -wells, fast, plain, validation);
    }

    private void groupBys() {
        lines.add("");
        lines.add("| breakdown of all wells | rows | fast | plain `GROUP BY` | plain ÷ fast (p50) |");
        lines.add("|---|---:|---:|---:|---:|");
        groupBy(CountDimension.GOVERNORATE);
        groupBy(CountDimension.WILAYAT);
        groupBy(CountDimension.USE);
    }

    private void groupBy(CountDimension dimension) {
        Latencies fast = new Latencies();
        Latencies plain = new Latencies();
        int rows = 0;
        for (int i = 0; i < runs + 3; i++) {
            long t0 = System.nanoTime();
            WellCount f = counter.count(new WellCountQuery(null, CountFilter.ALL, dimension));
            long t1 = System.nanoTime();
            Map<String, Long> p = plainGroupBy(dimension);
            long t2 = System.nanoTime();
            check("group by " + dimension, byKey(f, dimension), p);
            if (i >= 3) {
                fast.add(t1 - t0);
                plain.add(t2 - t1);
            }
            rows = f.rows().size();
        }
        lines.add("| by " + dimension.name().toLowerCase(Locale.ROOT) + " | " + rows + " | " + fast.summary() + " | "
                + plain.summary() + " | " + ratio(plain, fast) + " |");
    }

    /** The fast rows as the plain GROUP BY keys them (admin_area.id as text, or the code), zeros left out. */
    private Map<String, Long> byKey(WellCount count, CountDimension dimension) {
        Map<String, Long> keyed = new HashMap<>();
        for (CountRow r : count.rows()) {
            if (r.count() == 0) {
                continue;
            }
            String key = r.key();
            if (dimension == CountDimension.GOVERNORATE || dimension == CountDimension.WILAYAT) {
                key = r.key() == null ? null : String.valueOf(areas.byCode(r.key()).orElseThrow().id());
            }
            keyed.put(key, r.count());
        }
        return keyed;
    }

    private Map<String, Long> plainGroupBy(CountDimension dimension) {
        String column = switch (dimension) {
            case GOVERNORATE -> "governorate_id::text";
            case WILAYAT -> "wilayat_id::text";
            case USE -> "use";
            case STATUS -> "status";
        };
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select " + column + " as key, count(*) as n from well where deleted_at is null group by 1")
                .query(rs -> {
                    counts.put(rs.getString("key"), rs.getLong("n"));
                });
        return counts;
    }

    private long plainCount(Geometry area, CountFilter filter) {
        String where = filter.use() == null ? "" : " and use = '" + filter.use().name() + "'";
        return jdbc.sql("select count(*) from well where deleted_at is null and ST_Intersects(?, geom)" + where)
                .param(GeometryParameter.of(area)).query(Long.class).single();
    }

    private void check(String what, Object fast, Object plain) {
        if (!fast.equals(plain)) {
            mismatches++;
            System.err.println("MISMATCH " + what + ": fast " + fast + ", plain " + plain);
        }
    }

    private void row(String name, String vertices, long wells, Latencies fast, Latencies plain, Latencies validation) {
        String counted = wells < 0 ? "up to " + String.format(Locale.ROOT, "%,d", -wells) : String.format(Locale.ROOT, "%,d", wells);
        lines.add("| " + name + " | " + vertices + " | " + counted + " | " + fast.summary() + " | " + plain.summary()
                + " | " + ratio(plain, fast) + " | " + validation.summary() + " |");
        System.err.println(lines.get(lines.size() - 1));
    }

    private static String ratio(Latencies plain, Latencies fast) {
        return String.format(Locale.ROOT, "%.0f×", plain.p50() / fast.p50());
    }

    /** The area of the level with the most vertices, as stored (lon/lat). */
    private Geometry outline(String level) throws ParseException {
        byte[] wkb = jdbc.sql("select ST_AsBinary(geom) from admin_area where level = ? order by ST_NPoints(geom) desc limit 1")
                .param(level).query(byte[].class).single();
        Geometry g = new WKBReader(WGS84).read(wkb);
        g.setSRID(Crs.WGS84_SRID);
        return g;
    }

    /** A box over Oman's latitudes, from the west to the longitude a quarter of the wells lie west of. */
    private Geometry quarterBox() {
        double east = jdbc.sql("select percentile_disc(0.25) within group (order by ST_X(geom)) from well where deleted_at is null")
                .query(Double.class).single();
        return WGS84.toGeometry(new Envelope(51.5, east + 1e-7, 16.0, 27.0));
    }

    private static Geometry densify(Geometry g, int vertices) {
        double tolerance = g.getLength() / (vertices - g.getNumPoints());
        Geometry dense = Densifier.densify(g, tolerance);
        while (dense.getNumPoints() > vertices) {
            tolerance *= 1.02;
            dense = Densifier.densify(g, tolerance);
        }
        return dense;
    }

    private static String cpuModel() {
        return firstValue("/proc/cpuinfo", "model name", "unknown CPU");
    }

    private static String memory() {
        String kb = firstValue("/proc/meminfo", "MemTotal", "0 kB").replace("kB", "").trim();
        return String.format(Locale.ROOT, "%.0f GB", Long.parseLong(kb) / 1024.0 / 1024.0);
    }

    private static String firstValue(String file, String key, String fallback) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(fallback);
        } catch (Exception e) {
            return fallback;
        }
    }

}
