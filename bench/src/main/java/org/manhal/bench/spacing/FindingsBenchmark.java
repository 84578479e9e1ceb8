package org.manhal.bench.spacing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.application.ApplicationType;
import org.manhal.bench.BenchDatabase;
import org.manhal.bench.BenchOptions;
import org.manhal.bench.Machine;
import org.manhal.bench.Samples;
import org.manhal.bench.Benchmark;
import org.manhal.rules.SpacingRequest;
import org.manhal.rules.VerdictStatus;
import org.manhal.spacing.RuleSnapshot;
import org.manhal.spacing.SpacingCheck;
import org.manhal.spacing.SpacingChecks;
import org.manhal.spacing.internal.WellFindings;
import org.manhal.well.WellId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spacing-findings pass that follows a bulk import ({@code SpacingCheckService.recordImport}:
 * {@link SpacingChecks#checkAll} over batches of 1,000 wells, one statement per batch) against
 * one {@link SpacingChecks#check} per well, each beside its raw SQL (rows read as bytes), on
 * existing synthetic wells checked as inventory registrations of themselves (their own place,
 * use and yield; subject = the well). Two samples: wells in spatial clusters (as an import's,
 * whose wells go in in spatial order) and wells scattered over Oman. Every batch is measured in
 * all four ways, in rotating order; every batched verdict must equal the single check's. The
 * findings insert ({@link WellFindings#recordAll}) is timed separately, in transactions that are
 * rolled back.
 */
public final class FindingsBenchmark implements Benchmark {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int BATCH = 1000;

    private final List<String> lines = new ArrayList<>();

    @Override
    public String usage() {
        return "--wells N (default 1000000) --sample S wells per sample (default 20000) --clusters C (default 20) --out FILE";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        SpacingBenchmark.Setup setup = SpacingBenchmark.setUp(db, options.number("wells", 1_000_000));
        JdbcClient jdbc = db.jdbc();
        int sample = (int) options.number("sample", 20_000);
        int clusters = (int) options.number("clusters", 20);
        WellFindings findings = new WellFindings(jdbc, new JdbcTemplate(db.dataSource()));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));

        long current = jdbc.sql("select count(*) from well where deleted_at is null").query(Long.class).single();
        lines.add(String.format(Locale.ROOT, "### %,d wells (%s)", current,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        lines.add("");
        lines.add("Machine: " + Machine.describe(jdbc) + ". Layers: " + setup.layers() + ". Load average at the start: " + Machine.load() + " (1 / 5 / 15 min).");
        lines.add("");

        List<List<SpacingRequest>> clustered = batches(clustered(jdbc, sample, clusters));
        List<List<SpacingRequest>> scattered = batches(scattered(jdbc, sample));
        measure("clustered (" + clusters + " clusters of the nearest wells to a random well)", setup, findings, tx, clustered);
        measure("scattered over Oman", setup, findings, tx, scattered);
        lines.add("Load average at the end: " + Machine.load() + " (1 / 5 / 15 min).");
        lines.add("");

        String markdown = String.join("\n", lines) + "\n";
        System.out.print(markdown);
        Files.writeString(Path.of(options.text("out", "bench/target/findings-results.md")), markdown);
    }

    private void measure(String name, SpacingBenchmark.Setup setup, WellFindings findings, TransactionTemplate tx,
                         List<List<SpacingRequest>> batches) {
        SpacingChecks checks = setup.checks();
        RuleSnapshot snapshot = setup.rules().current();
        // warm-up: JIT, prepared statements (past pgjdbc's 5 executions), buffers
        for (List<SpacingRequest> b : batches.subList(0, Math.min(2, batches.size()))) {
            checks.checkAll(b, snapshot);
            checks.rawCandidateRowsAll(b, snapshot);
            for (SpacingRequest r : b) {
                checks.check(r);
                checks.rawCandidateRows(r);
            }
        }
        for (int k = 0; k < 6; k++) {
            checks.rawCandidateRowsAll(batches.get(0).subList(0, 10), snapshot);
        }
        Samples pass = new Samples();
        Samples perRow = new Samples();
        Samples rawPass = new Samples();
        Samples rawPerRow = new Samples();
        Samples insert = new Samples();
        long wells = 0;
        long rowsBatched = 0;
        long rowsSingle = 0;
        long findingCount = 0;
        int truncated = 0;
        Map<VerdictStatus, Integer> verdicts = new EnumMap<>(VerdictStatus.class);
        for (int bi = 0; bi < batches.size(); bi++) {
            List<SpacingRequest> b = batches.get(bi);
            List<SpacingCheck> all = null;
            List<SpacingCheck> singles = null;
            for (int step = 0; step < 4; step++) {
                switch ((bi + step) % 4) {
                    case 0 -> {
                        long t0 = System.nanoTime();
                        all = checks.checkAll(b, snapshot);
                        pass.add(System.nanoTime() - t0);
                    }
                    case 1 -> {
                        long t0 = System.nanoTime();
                        List<SpacingCheck> one = new ArrayList<>(b.size());
                        for (SpacingRequest r : b) {
                            one.add(checks.check(r));
                        }
                        perRow.add(System.nanoTime() - t0);
                        singles = one;
                    }
                    case 2 -> {
                        long t0 = System.nanoTime();
                        rowsBatched += checks.rawCandidateRowsAll(b, snapshot);
                        rawPass.add(System.nanoTime() - t0);
                    }
                    default -> {
                        long t0 = System.nanoTime();
                        for (SpacingRequest r : b) {
                            rowsSingle += checks.rawCandidateRows(r);
                        }
                        rawPerRow.add(System.nanoTime() - t0);
                    }
                }
            }
            for (int i = 0; i < b.size(); i++) {
                if (!all.get(i).equals(singles.get(i))) {
                    throw new IllegalStateException("checkAll differs from check for well " + b.get(i).subjectWellId()
                            + ":\n batched " + all.get(i) + "\n single  " + singles.get(i));
                }
                verdicts.merge(all.get(i).verdict().status(), 1, Integer::sum);
                findingCount += all.get(i).verdict().findings().size();
                truncated += all.get(i).truncated().isEmpty() ? 0 : 1;
            }
            List<WellId> ids = b.stream().map(r -> new WellId(Long.parseLong(r.subjectWellId()))).toList();
            List<SpacingCheck> recorded = all;
            long t0 = System.nanoTime();
            tx.executeWithoutResult(status -> {
                findings.recordAll(ids, ApplicationType.WELL_REGISTRATION, recorded);
                status.setRollbackOnly();
            });
            insert.add(System.nanoTime() - t0);
            wells += b.size();
        }
        if (rowsBatched != rowsSingle) {
            throw new IllegalStateException("the batched statement read " + rowsBatched + " rows, the single ones " + rowsSingle);
        }
        lines.add(String.format(Locale.ROOT, "#### %s: %,d wells, %d batches of %,d", name, wells, batches.size(), BATCH));
        lines.add("");
        lines.add("| way (each batch measured once in each way, after a warm-up) | wells/s | ms per 1,000 wells: mean | p50 / p95 / max |");
        lines.add("|---|---:|---:|---:|");
        row("raw batched statement (`BATCH_SQL`, one per 1,000; rows read as bytes)", rawPass);
        row("**the pass** (`SpacingChecks.checkAll`, batches of 1,000)", pass);
        row("raw single statement per well (`rawCandidateRows`)", rawPerRow);
        row("**per row** (`SpacingChecks.check` per well)", perRow);
        row("findings insert (`WellFindings.recordAll`, one batch insert, rolled back)", insert);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Ratios (mean time): per row ÷ pass **%.2f**; pass ÷ its raw SQL %.2f;"
                        + " per row ÷ its raw SQL %.2f; raw single ÷ raw batched %.2f.",
                perRow.meanMs() / pass.meanMs(), pass.meanMs() / rawPass.meanMs(),
                perRow.meanMs() / rawPerRow.meanMs(), rawPerRow.meanMs() / rawPass.meanMs()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Every batched verdict equalled the single check's (%,d wells, findings,"
                        + " truncation and rule-set version). Verdicts: %s; %.1f findings listed and %.1f candidate rows"
                        + " per well; %,d wells had a rule with more findings than the 20 listed.",
                wells, verdicts, findingCount / (double) wells, rowsBatched / (double) wells, truncated));
        lines.add("");
    }

    private void row(String what, Samples s) {
        lines.add(String.format(Locale.ROOT, "| %s | %,.0f | %.0f | %.0f / %.0f / %.0f |", what, BATCH / (s.meanMs() / 1000),
                s.meanMs(), s.percentileMs(0.5), s.percentileMs(0.95), s.percentileMs(1.0)));
    }

    /**
     * Wells in clusters: for each of {@code clusters} synthetic wells spread over the sequence, its
     * nearest {@code n / clusters} wells, in spatial order within the cluster (as an import's).
     */
    private static List<SpacingRequest> clustered(JdbcClient jdbc, int n, int clusters) {
        return jdbc.sql("""
                with centre as (
                  select id, geom, row_number() over (order by id) as k from well
                   where registry_number like 'SYN-%' and id % 4999 = 17 order by id limit ?)
                select w.id, ST_X(w.geom) as x, ST_Y(w.geom) as y, w.use, w.yield_m3_per_day
                  from centre c
                 cross join lateral (select id, geom, use, yield_m3_per_day from well
                                      where deleted_at is null order by geom <-> c.geom limit ?) w
                 order by c.k, ST_GeoHash(w.geom, 10)""")
                .params(clusters, n / clusters).query((rs, i) -> request(rs)).list();
    }

    /** Wells scattered over Oman: a deterministic pseudo-random sample of the synthetic wells. */
    private static List<SpacingRequest> scattered(JdbcClient jdbc, int n) {
        return jdbc.sql("""
                select id, ST_X(geom) as x, ST_Y(geom) as y, use, yield_m3_per_day from well
                 where registry_number like 'SYN-%' and deleted_at is null order by md5(id::text) limit ?""")
                .param(n).query((rs, i) -> request(rs)).list();
    }

    private static SpacingRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SpacingRequest(WGS84.createPoint(new Coordinate(rs.getDouble("x"), rs.getDouble("y"))),
                ApplicationType.WELL_REGISTRATION, rs.getString("use"), (Double) rs.getObject("yield_m3_per_day"),
                new WellId(rs.getLong("id")).toString());
    }

    private static List<List<SpacingRequest>> batches(List<SpacingRequest> requests) {
        List<List<SpacingRequest>> batches = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += BATCH) {
            batches.add(requests.subList(i, Math.min(requests.size(), i + BATCH)));
        }
        return batches;
    }
}
