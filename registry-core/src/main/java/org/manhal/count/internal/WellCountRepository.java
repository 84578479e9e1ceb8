package org.manhal.count.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.manhal.count.CountDimension;
import org.manhal.count.CountFilter;
import org.manhal.crs.Crs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The SQL of the counts: sums over {@code well_count} (migration V3) and the wells of boundary
 * cells. A polygon count is one statement, so it reads one snapshot: a well that moves meanwhile
 * is counted once, before or after its move, never twice. The statement also reads how many
 * finest cells hold wells ({@code well_cell_total}, V7) in that snapshot: if the in-memory copy
 * the cover was laid on is older, the copy is reloaded and the count done again, so a cell that
 * got its first well a moment ago is never skipped.
 *
 * <p>Each statement runs in its own transaction with two planner settings, both measured: JIT
 * compilation off (the row estimates of joins on key ranges are huge, and PostgreSQL spent
 * 100-200 ms compiling a query that runs in 5) and custom plans only (a generic plan, which the JDBC
 * driver's server-side prepared statements get after five runs, does not know the size of the
 * arrays and once chose a plan that took 35 s).
 */
public final class WellCountRepository {

    private static final String OCCUPIED = "select 0 as part, '' as key, n, null::bytea as points from well_cell_total";

    private static final String PRECOMPUTED = """
            select 1 as part, %s as key, sum(c.n) as n, null::bytea as points
              from unnest(?::bigint[], ?::bigint[]) as r(lo, hi)
              join well_count c on c.cell between r.lo and r.hi
             where true%s
             group by 2""";

    /*
     * The wells of the exact-level cells (1/1024°) wholly inside the area or touched by its
     * boundary, packed per key (PackedPoints); the JVM counts those of inside cells and tests the
     * others (PointInAreaTest). They are found by runs of EXACT_K cell keys in the covering btree
     * index well_exact_cell_idx (V7), which holds every column read here: an index-only scan. The
     * keys of different runs never overlap, so no well is read twice.
     */
    private static final String EXACT = """
            select 2 as part, key, count(*) as n, string_agg(float8send(ST_X(geom)) || float8send(ST_Y(geom)), ''::bytea) as points
              from (select %s as key, w.geom
                      from unnest(?::bigint[], ?::bigint[]) as r(lo, hi)
                      join well w on well_count_cell(%d, w.geom) between r.lo and r.hi
                     where w.deleted_at is null%s) b
             group by key""";

    /* The few boundary wells the JVM cannot decide (on or within ~1e-14° of an edge): PostGIS decides. */
    private static final String UNSURE = """
            select key, count(*) as n
              from unnest(?::text[], ?::float8[], ?::float8[]) as p(key, x, y)
             where ST_Intersects(?, ST_SetSRID(ST_MakePoint(x, y), %d))
             group by key""".formatted(Crs.WGS84_SRID);

    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(WellCountRepository.class);

    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private volatile OccupiedCells occupied = OccupiedCells.NONE;

    public WellCountRepository(JdbcClient jdbc, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Wells of the whole registry, by key of the dimension ("" without one). */
    public Map<String, Long> countAll(CountFilter filter, CountDimension groupBy) {
        List<Object> params = new ArrayList<>();
        String sql = "select " + key("c", groupBy) + " as key, sum(c.n) as n from well_count c where c.cell = "
                + CountGrid.WORLD + filters("c", filter, params) + " group by 1";
        Map<String, Long> counts = new HashMap<>();
        inCountTransaction(() -> jdbc.sql(sql).params(params).query(rs -> {
            counts.merge(rs.getString("key"), rs.getLong("n"), Long::sum);
        }));
        return counts;
    }

    /** Wells in the area, by key of the dimension: the precomputed inside plus the exact boundary. */
    public Map<String, Long> countIn(Geometry area, CountFilter filter, CountDimension groupBy) {
        PointInAreaTest test = new PointInAreaTest(area);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            OccupiedCells cells = occupied.size() < 0 ? reloadOccupied() : occupied;
            long started = System.nanoTime();
            CellCover cover = new CellCoverOp(area, cells).cover();
            long covered = System.nanoTime();
            Snapshot snapshot = read(cover, filter, groupBy);
            long read = System.nanoTime();
            if (snapshot.occupiedCells == cells.size()) {
                Map<String, Long> counts = snapshot.count(area, test, cover.insideExactKeys());
                if (log.isDebugEnabled()) {
                    log.debug("count: cover {} ms ({} inside runs, {} exact runs), SQL {} ms, exact-level wells counted {} ms",
                            (covered - started) / 1_000_000, cover.inside().size(), cover.exact().size(),
                            (read - covered) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
                }
                return counts;
            }
            reloadOccupied(); // a cell got its first well since the copy was loaded
        }
        // cells keep getting their first wells faster than the copy follows: skip no cell
        CellCover all = new CellCoverOp(area).cover();
        return read(all, filter, groupBy).count(area, test, all.insideExactKeys());
    }

    /** One statement: the occupied-cell count, the sums of inside runs and the boundary wells. */
    private Snapshot read(CellCover cover, CountFilter filter, CountDimension groupBy) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(OCCUPIED);
        if (!cover.inside().isEmpty()) {
            params.add(array("int8", cover.inside().stream().map(CellRun::firstKey).toArray()));
            params.add(array("int8", cover.inside().stream().map(CellRun::lastKey).toArray()));
            sql.append("\nunion all\n").append(PRECOMPUTED.formatted(key("c", groupBy), filters("c", filter, params)));
        }
        if (!cover.exact().isEmpty()) {
            params.add(array("int8", cover.exact().stream().map(CellRun::firstKey).toArray()));
            params.add(array("int8", cover.exact().stream().map(CellRun::lastKey).toArray()));
            sql.append("\nunion all\n")
                    .append(EXACT.formatted(key("w", groupBy), CountGrid.EXACT_K, filters("w", filter, params)));
        }
        Snapshot snapshot = new Snapshot();
        inCountTransaction(() -> jdbc.sql(sql.toString()).params(params).query(rs -> {
            switch (rs.getInt("part")) {
                case 0 -> snapshot.occupiedCells = rs.getLong("n");
                case 1 -> snapshot.counts.merge(rs.getString("key"), rs.getLong("n"), Long::sum);
                default -> snapshot.boundary.put(rs.getString("key"), rs.getBytes("points"));
            }
        }));
        return snapshot;
    }

    /** Drops the in-memory copy of the occupied cells: the next count loads it afresh. */
    public void forgetOccupiedCells() {
        occupied = OccupiedCells.NONE;
    }

    /** Reads the occupied cells and their number in one statement, so the two agree. */
    private OccupiedCells reloadOccupied() {
        LongList finest = new LongList();
        long[] size = {0};
        inCountTransaction(() -> jdbc.sql("select t.n, c.cell from well_cell_total t left join well_cell c on true").query(rs -> {
            size[0] = rs.getLong("n");
            long cell = rs.getLong("cell");
            if (!rs.wasNull()) {
                finest.add(cell);
            }
        }));
        OccupiedCells cells = new OccupiedCells(finest.sorted(), size[0]);
        occupied = cells;
        return cells;
    }

    /** The boundary wells the JVM could not decide, counted by PostGIS's own test. */
    Map<String, Long> countUnsure(Geometry area, List<String> keys, List<double[]> points) {
        Map<String, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        Object[] xs = points.stream().map(p -> p[0]).toArray();
        Object[] ys = points.stream().map(p -> p[1]).toArray();
        inCountTransaction(() -> jdbc.sql(UNSURE)
                .params(array("text", keys.toArray()), array("float8", xs), array("float8", ys), GeometryParameter.of(area))
                .query(rs -> {
                    counts.merge(rs.getString("key"), rs.getLong("n"), Long::sum);
                }));
        return counts;
    }

    private void inCountTransaction(Runnable work) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("select set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .query(rs -> { });
            work.run();
        });
    }

    /** The dimension's value as text; a well without an area is under "0", as in well_count. */
    private static String key(String alias, CountDimension groupBy) {
        if (groupBy == null) {
            return "''";
        }
        return switch (groupBy) {
            case GOVERNORATE, WILAYAT -> "coalesce(" + alias + "." + groupBy.column() + ", 0)::text";
            case USE, STATUS -> alias + "." + groupBy.column();
        };
    }

    private static String filters(String alias, CountFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        filter(sql, alias + ".use", f.use() == null ? null : f.use().name(), params);
        filter(sql, alias + ".status", f.status() == null ? null : f.status().name(), params);
        filter(sql, alias + ".governorate_id", f.governorateId(), params);
        filter(sql, alias + ".wilayat_id", f.wilayatId(), params);
        return sql.toString();
    }

    private static void filter(StringBuilder sql, String column, Object value, List<Object> params) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static SqlArrayValue array(String type, Object[] values) {
        return new SqlArrayValue(type, values);
    }

    /** What one count statement read: the occupied-cell count, the sums, the boundary wells. */
    private final class Snapshot {

        long occupiedCells = -1;
        final Map<String, Long> counts = new HashMap<>();
        final Map<String, byte[]> boundary = new HashMap<>();

        /**
         * The sums plus the exact-level wells the area intersects: those of inside cells without a
         * test, the others decided in the JVM or, if it is unsure, by PostGIS.
         */
        Map<String, Long> count(Geometry area, PointInAreaTest test, LongSet insideExactKeys) {
            List<String> unsureKeys = new ArrayList<>();
            List<double[]> unsurePoints = new ArrayList<>();
            boundary.forEach((key, packed) -> {
                long n = PackedPoints.count(packed, (x, y) -> insideExactKeys.contains(CountGrid.keyOf(CountGrid.EXACT_K, x, y))
                        || switch (test.test(x, y)) {
                    case INTERSECTS -> true;
                    case DISJOINT -> false;
                    case UNSURE -> {
                        unsureKeys.add(key);
                        unsurePoints.add(new double[] {x, y});
                        yield false;
                    }
                });
                counts.merge(key, n, Long::sum);
            });
            countUnsure(area, unsureKeys, unsurePoints).forEach((key, n) -> counts.merge(key, n, Long::sum));
            return counts;
        }
    }
}
