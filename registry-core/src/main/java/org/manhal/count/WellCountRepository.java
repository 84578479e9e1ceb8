package org.manhal.count;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The SQL of the counts: sums over {@code well_count} (migration V3) and the exact count of the
 * wells in boundary cells. Each count is one statement, so it reads one snapshot: a well that
 * moves meanwhile is counted once, before or after its move, never twice. Each runs in its own
 * transaction with two planner settings, both measured: JIT compilation off (the row estimates of
 * joins on key ranges are huge, and PostgreSQL spent 100-200 ms compiling a query that runs in 5)
 * and custom plans only (a generic plan, which the JDBC driver's server-side prepared statements
 * get after five runs, does not know the size of the arrays and once chose a plan that took 35 s).
 */
final class WellCountRepository {

    private static final String PRECOMPUTED = """
            select %s as key, sum(c.n) as n
              from unnest(?::bigint[], ?::bigint[]) as r(lo, hi)
              join well_count c on c.cell between r.lo and r.hi
             where true%s
             group by 1""";

    /*
     * The wells of the boundary cells, tested one by one with the same predicate as the plain
     * query. They are found by runs of finest cell keys in the btree index well_count_cell_idx
     * (the keys of different runs never overlap, so no well is read twice). "offset 0" keeps
     * ST_Intersects outside the scan: inside, the planner would be tempted to use the polygon's
     * bounding box on the GiST index instead, reading every well of the box. The area is a typed
     * parameter, parsed once per statement, so PostGIS prepares it once.
     */
    private static final String EXACT = """
            select %s as key, count(*) as n
              from (select w.*
                      from unnest(?::bigint[], ?::bigint[]) as r(lo, hi)
                      join well w on well_count_cell(%d, w.geom) between r.lo and r.hi
                     where w.deleted_at is null%s
                    offset 0) w
             where ST_Intersects(?, w.geom)
             group by 1""";

    private final JdbcClient jdbc;
    private final TransactionOperations tx;

    WellCountRepository(JdbcClient jdbc, TransactionOperations tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Wells of the whole registry, by key of the dimension ("" without one). */
    Map<String, Long> countAll(CountFilter filter, CountDimension groupBy) {
        List<Object> params = new ArrayList<>();
        String sql = "select " + key("c", groupBy) + " as key, sum(c.n) as n from well_count c where c.cell = "
                + CountGrid.WORLD + filters("c", filter, params) + " group by 1";
        return query(sql, params);
    }

    /** Wells in the area, by key of the dimension: the precomputed inside plus the exact boundary. */
    Map<String, Long> countIn(Geometry area, CellCover cover, CountFilter filter, CountDimension groupBy) {
        if (cover.inside().isEmpty() && cover.boundary().isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(array("int8", cover.inside().stream().map(CellRun::firstKey).toArray()));
        params.add(array("int8", cover.inside().stream().map(CellRun::lastKey).toArray()));
        String precomputed = PRECOMPUTED.formatted(key("c", groupBy), filters("c", filter, params));
        params.add(array("int8", cover.boundary().stream().map(CellRun::firstKey).toArray()));
        params.add(array("int8", cover.boundary().stream().map(CellRun::lastKey).toArray()));
        String exact = EXACT.formatted(key("w", groupBy), CountGrid.FINEST_K, filters("w", filter, params));
        params.add(geometry(area));
        return query("select key, sum(n) as n from (" + precomputed + "\nunion all\n" + exact + ") t group by key", params);
    }

    private Map<String, Long> query(String sql, List<Object> params) {
        Map<String, Long> counts = new HashMap<>();
        tx.executeWithoutResult(status -> {
            jdbc.sql("select set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .query(rs -> { });
            jdbc.sql(sql).params(params).query(rs -> {
                counts.merge(rs.getString("key"), rs.getLong("n"), Long::sum);
            });
        });
        return counts;
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

    /** Hex EWKB typed as geometry: the server parses it once, at bind time. */
    private static PGobject geometry(Geometry area) {
        WKBWriter writer = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true);
        area.setSRID(4326);
        PGobject value = new PGobject();
        value.setType("geometry");
        try {
            value.setValue(WKBWriter.toHex(writer.write(area)));
        } catch (SQLException e) {
            throw new IllegalStateException(e); // PGobject.setValue declares it but never throws
        }
        return value;
    }
}
