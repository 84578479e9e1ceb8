package org.manhal.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.manhal.bench.SyntheticWells;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vector tiles of the wells through the service ({@code GET /tiles/wells/z/x/y.mvt}: up to z13 one
 * point per grid cell with its count, from z14 every published well) beside the plain naive
 * {@code ST_AsMVT} of every published point of the same tile, with the same attributes (the five a
 * point tile carries, LayerCatalogue.WELL_TILE_ATTRIBUTES), on the same database in the same run.
 * From z14 the two are the same answer (the bytes are compared); below,
 * the naive tile is what the service does not serve, and the floor (a naive z6 tile of 1M
 * wells: 3 s, 24 MB).
 *
 * <p>Tiles: for each zoom, the tiles that hold the most of an even sample of the wells (every
 * 997th by id), so the dense oases are in. Each tile is fetched by the service over HTTP (the
 * whole body read) and built by the plain query over JDBC (the bytes read), alternating which goes
 * first, after one warm-up of each.
 */
public final class TilesBenchmark implements Benchmark {

    /** The service's buffer (VectorTiles.BUFFER of EXTENT). */
    private static final String NAIVE = """
            select ST_AsMVT(m, 'wells', 4096, 'geom', 'fid' order by m.fid) from (
              select ST_AsMVTGeom(ST_Transform(v.geom, 3857), ST_TileEnvelope(:z, :x, :y), 4096, 64, true) as geom,
                     v.id as fid, v.registry_number as "registryNumber", v.type as "type", v.use as "use",
                     v.status as "status", v.wilayat_code as "wilayat"
                from pub.well v
               where v.geom && ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 64 / 4096.0), 4326)) m
             where m.geom is not null""";

    /** The service's first zoom of points (LayerCatalogue.WELL_POINTS_FROM_ZOOM; the bench does not depend on geo-api). */
    private static final int POINTS_FROM_ZOOM = 14;

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--url http://localhost:PORT --wells N (default 1000000) --zooms 6,9,12,14 --tiles T (per zoom, default 6)"
                + " --runs R (default 10) --slow-runs S (a plain tile slower than 1 s, default 3) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        Service service = Service.from(options);
        SyntheticWells.ensure(db.dataSource(), options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int perZoom = (int) options.number("tiles", 6);
        int runs = (int) options.number("runs", 10);
        int slowRuns = (int) options.number("slow-runs", 3);
        int[] zooms = Arrays.stream(options.text("zooms", "6,9,12,14").split(",")).mapToInt(Integer::parseInt).toArray();

        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        lines.add(String.format(Locale.ROOT, "### Vector tiles, %,d published wells (%s)", published,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + "; service, PostgreSQL and this client on the same host."
                + " Load average (1 / 5 / 15 min) at the start: " + Machine.load() + ". Per zoom " + perZoom
                + " tiles (the densest of an even sample of the wells), " + runs + " runs each after one warm-up (a plain tile"
                + " slower than 1 s: " + slowRuns + " runs); milliseconds p50 / p95 / max over all tiles and runs;"
                + " service = HTTP GET, whole body read; plain = the naive `ST_AsMVT` of every published point of the tile"
                + " (same attributes) over JDBC.");
        lines.add("");
        lines.add("| zoom | tiles | wells in tile (median / max) | service ms | service KB (median / max) | plain naive ms"
                + " | plain KB (median / max) | plain ÷ service (p50) | same bytes | load (1 min) |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (int z : zooms) {
            zoom(service, jdbc, z, perZoom, runs, slowRuns);
        }
        lines.add("");
        lines.add("Load average at the end: " + Machine.load() + ".");
        lines.add("");
        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/tiles-results.md")), markdown);
    }

    private void zoom(Service service, JdbcClient jdbc, int z, int perZoom, int runs, int slowRuns) {
        List<int[]> tiles = densestTiles(jdbc, z, perZoom);
        double loadBefore = Machine.load1();
        Samples serviceMs = new Samples();
        Samples plainMs = new Samples();
        List<Long> serviceBytes = new ArrayList<>();
        List<Long> plainBytes = new ArrayList<>();
        List<Long> wells = new ArrayList<>();
        int same = 0;
        for (int[] t : tiles) {
            wells.add(jdbc.sql("select count(*) from pub.well v where v.geom && ST_Transform(ST_TileEnvelope(?, ?, ?,"
                    + " margin => 64 / 4096.0), 4326)").params(t[0], t[1], t[2]).query(Long.class).single());
            byte[] s = fetch(service, t); // warm-up of both, and the bytes compared
            long t0 = System.nanoTime();
            byte[] p = naive(jdbc, t);
            boolean slow = System.nanoTime() - t0 > 1_000_000_000L;
            same += Arrays.equals(s, p) ? 1 : 0;
            serviceBytes.add((long) s.length);
            plainBytes.add((long) p.length);
            for (int r = 0; r < (slow ? slowRuns : runs); r++) {
                if (r % 2 == 0) {
                    serviceMs.add(time(() -> fetch(service, t)));
                    plainMs.add(time(() -> naive(jdbc, t)));
                } else {
                    plainMs.add(time(() -> naive(jdbc, t)));
                    serviceMs.add(time(() -> fetch(service, t)));
                }
            }
        }
        lines.add(String.format(Locale.ROOT, "| %d | %d | %s | **%s** | **%s** | %s | %s | %s | %s | %.1f → %.1f |", z, tiles.size(),
                medianMax(wells, 1), triple(serviceMs), kb(serviceBytes), triple(plainMs), kb(plainBytes),
                ratio(plainMs.percentileMs(0.5) / serviceMs.percentileMs(0.5)),
                z >= POINTS_FROM_ZOOM ? same + " of " + tiles.size() : "— (aggregated)", loadBefore, Machine.load1()));
    }

    /** The tiles at zoom z that hold the most wells of an even sample (every 997th well by id). */
    static List<int[]> densestTiles(JdbcClient jdbc, int z, int n) {
        List<double[]> points = jdbc.sql("select ST_X(geom), ST_Y(geom) from pub.well where id % 997 = 0")
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
        Map<String, int[]> counts = new LinkedHashMap<>();
        double side = 1 << z;
        for (double[] p : points) {
            int x = (int) Math.floor((p[0] + 180) / 360 * side);
            double lat = Math.toRadians(p[1]);
            int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * side);
            counts.computeIfAbsent(x + "/" + y, k -> new int[] {z, x, y, 0})[3]++;
        }
        return counts.values().stream().sorted((a, b) -> Integer.compare(b[3], a[3])).limit(n).toList();
    }

    private static byte[] fetch(Service service, int[] t) {
        return Service.expect(200, service.get("/tiles/wells/" + t[0] + "/" + t[1] + "/" + t[2] + ".mvt"), "tile").body();
    }

    private static byte[] naive(JdbcClient jdbc, int[] t) {
        byte[] b = jdbc.sql(NAIVE).param("z", t[0]).param("x", t[1]).param("y", t[2])
                .query((rs, i) -> rs.getBytes(1)).optional().orElse(null);
        return b == null ? new byte[0] : b;
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, r < 10 ? "%.2f×" : "%.0f×", r);
    }

    static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    static String triple(Samples s) {
        return ms(s.percentileMs(0.5)) + " / " + ms(s.percentileMs(0.95)) + " / " + ms(s.percentileMs(1.0));
    }

    static String ms(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String kb(List<Long> bytes) {
        return medianMax(bytes, 1024);
    }

    static String medianMax(List<Long> values, double unit) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return fmt(v[(v.length - 1) / 2] / unit) + " / " + fmt(v[v.length - 1] / unit);
    }

    private static String fmt(double v) {
        return v < 10 && v != Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
