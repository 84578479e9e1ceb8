package org.manhal.bench.imports;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Benchmark;
import org.manhal.common.Actor;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.load.ReferenceDataLoader;
import org.manhal.data.synthetic.SyntheticWell;
import org.manhal.data.synthetic.SyntheticWellGenerator;
import org.manhal.data.synthetic.SyntheticWellWriter;
import org.manhal.imports.ImportJob;
import org.manhal.imports.ImportMode;
import org.manhal.imports.internal.ImportProperties;
import org.manhal.imports.ImportService;
import org.manhal.well.WellBulkRegistration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.manhal.imports.ImportUpload;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import, end to end through {@link ImportService} (CSV parsed, COPY to staging, every row
 * validated, duplicates found, wilayat and registry number assigned, inserted with the GiST and
 * the history and count triggers, committed), beside a plain COPY of the same CSV into a bare
 * table in the same run. Synthetic wells (seed 1), written as CSV by {@link SyntheticWellWriter}.
 *
 * <p>It works in a scratch database of its own, {@code <bench database>_import}, dropped and
 * created anew for each run, so that the counting and spacing benchmarks' wells are never
 * touched. Two imports: into an empty registry, then the next N wells into the
 * registry holding the first N (duplicate probes against a full index).
 */
public final class ImportBenchmark implements Benchmark {

    @Override
    public String usage() {
        return "--rows N (default 1000000) --out FILE (default bench/target/import-results.md)";
    }

    @Override
    public void run(BenchDatabase bench, BenchOptions options) throws Exception {
        long rows = options.number("rows", 1_000_000);
        Path dir = Files.createTempDirectory("manhal-import-bench-");
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        writeCsv(rows, first, second);
        try (HikariDataSource scratch = scratch(bench)) {
            List<String> lines = new ArrayList<>(header(rows, Files.size(first)));
            double copy = plainCopy(scratch, first);
            lines.add(row("plain COPY of the CSV into a bare table (no checks)", rows, copy, copy));
            // no Spring here: nothing listens to WellsImported, so the spacing-findings pass that
            // follows an import in the service is not part of this measurement
            ImportService service = new ImportService(scratch, ImportProperties.defaults(),
                    new WellBulkRegistration(event -> { }), new DataSourceTransactionManager(scratch));
            lines.add(imported("import into an empty registry", service, first, rows, copy));
            lines.add(imported("import of the next " + String.format(Locale.ROOT, "%,d", rows) + " into the registry holding the first",
                    service, second, rows, copy));
            lines.add("");
            String markdown = String.join("\n", lines) + "\n";
            System.out.print(markdown);
            Files.writeString(Path.of(options.text("out", "bench/target/import-results.md")), markdown);
        } finally {
            Files.deleteIfExists(first);
            Files.deleteIfExists(second);
            Files.deleteIfExists(dir);
        }
    }

    private static void writeCsv(long rows, Path first, Path second) throws Exception {
        Iterator<SyntheticWell> wells = SyntheticWellGenerator.forOman(AdminBoundaries.fromClasspath(), 1).iterator(2 * rows);
        for (Path p : List.of(first, second)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                SyntheticWellWriter.writeCsv(new Limited(wells, rows), out);
            }
        }
    }

    private static String imported(String what, ImportService service, Path csv, long rows, double copySeconds)
            throws Exception {
        Path upload = Files.createTempFile("manhal-bench-upload-", ".csv");
        Files.copy(csv, upload, StandardCopyOption.REPLACE_EXISTING);
        long started = System.nanoTime();
        ImportJob job = service.start(new ImportUpload(upload, "bench.csv", null, ImportMode.VALID_ROWS_ONLY, null,
                new Actor("system:bench")), ImportService.Completion.WAIT);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (job.failure() != null) {
            throw new IllegalStateException("import failed: " + job.failure().message().en());
        }
        return row(what + String.format(Locale.ROOT, " (%,d imported, %,d rejected: duplicates within 1 m)",
                job.rowsImported(), job.rowsRejected()), rows, seconds, copySeconds);
    }

    /** COPY of the same CSV file into an unindexed table of plain columns: the floor. */
    private static double plainCopy(HikariDataSource ds, Path csv) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_plain_copy");
            s.execute("create table bench_plain_copy (lon float8, lat float8, type text, use text, status text,"
                    + " depth_m float8, diameter_mm float8, yield_m3_per_day float8)");
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_plain_copy from stdin (format csv, header)", in);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            s.execute("drop table bench_plain_copy");
            return seconds;
        }
    }

    private static String row(String what, long rows, double seconds, double copySeconds) {
        return String.format(Locale.ROOT, "| %s | %,.1f s | **%,.0f rows/s** | %.2f× |", what, seconds, rows / seconds,
                seconds / copySeconds);
    }

    private static List<String> header(long rows, long bytes) throws Exception {
        return List.of(
                String.format(Locale.ROOT, "Measured %s on %s: %d cores, %,d GB RAM, %s; PostgreSQL and the JVM on the same machine.",
                        LocalDate.now(), cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryGb(),
                        System.getProperty("java.vm.name") + " " + System.getProperty("java.version")),
                String.format(Locale.ROOT, "%,d synthetic wells (seed 1) as CSV, %,d MB; mode valid-rows-only.", rows, bytes >> 20),
                "",
                "| run | time | throughput | time vs plain COPY |",
                "|---|---|---|---|");
    }

    private static String cpuModel() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static long totalMemoryGb() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / 1e9);
    }

    /** The scratch database beside the bench database, migrated and with Oman's boundaries. */
    private static HikariDataSource scratch(BenchDatabase bench) throws SQLException {
        String url = bench.url();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "") + "_import";
        // a scratch database, made anew: no state from an earlier run or an older schema survives
        bench.jdbc().sql("drop database if exists " + name + " with (force)").update();
        bench.jdbc().sql("create database " + name).update();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
        config.setUsername(System.getenv().getOrDefault("MANHAL_DB_USER", "manhal"));
        config.setPassword(System.getenv().getOrDefault("MANHAL_DB_PASSWORD", ""));
        config.setMaximumPoolSize(4);
        HikariDataSource ds = new HikariDataSource(config);
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("create extension if not exists postgis").update();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        new ReferenceDataLoader(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds))).loadBoundaries();
        return ds;
    }

    /** The next n elements of an iterator. */
    private static final class Limited implements Iterator<SyntheticWell> {
        private final Iterator<SyntheticWell> wells;
        private long left;

        Limited(Iterator<SyntheticWell> wells, long n) {
            this.wells = wells;
            this.left = n;
        }

        @Override
        public boolean hasNext() {
            return left > 0 && wells.hasNext();
        }

        @Override
        public SyntheticWell next() {
            left--;
            return wells.next();
        }
    }
}
