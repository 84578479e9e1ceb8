package org.manhal.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.synthetic.SyntheticWellGenerator;
import org.manhal.data.synthetic.SyntheticWellWriter;
import org.postgresql.PGConnection;

/**
 * Puts the first N synthetic wells (seed 1, registry numbers {@code SYN-T-00000001} on) into the
 * test database: COPY into a temporary table, then one INSERT that assigns wilayat and
 * governorate as registration does, so every trigger runs as for a bulk import. Once per test
 * class: the load is recorded in data_load, which the reset before each class
 * ({@link CleanRegistry}) empties with the wells. The benchmark's loader (bench: SyntheticWells)
 * works the same way.
 */
public final class SyntheticWellsFixture {

    private static final String PREFIX = "SYN-T-";

    private SyntheticWellsFixture() {
    }

    /** Loads them unless the class loaded them before (recorded in data_load; its tests may delete some since). */
    public static synchronized void ensure(DataSource dataSource, int count) {
        try (Connection c = dataSource.getConnection()) {
            if (present(c, count)) {
                return;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('manhal.test.synthetic'))");
                if (!present(c, count)) {
                    load(c, s, count);
                    s.execute("insert into data_load (dataset, rows) values ('" + dataset(count) + "', " + count + ")");
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Connection c, Statement s, int count) throws SQLException, IOException {
        s.execute("delete from well_history where well_id in (select id from well where registry_number like '" + PREFIX + "%')");
        s.execute("delete from well where registry_number like '" + PREFIX + "%'");
        ByteArrayOutputStream rows = new ByteArrayOutputStream(count * 100);
        SyntheticWellWriter.writeCopy(SyntheticWellGenerator.forOman(AdminBoundaries.fromClasspath(), 1).iterator(count), rows);
        TransactionContext.bind(c, new Actor("system:test"), "synthetic test wells");
        s.execute("create temporary table synthetic_stage (seq bigint generated always as identity, lon float8, lat float8,"
                + " type text, use text, status text, depth_m float8, diameter_mm float8, yield_m3_per_day float8,"
                + " geom geometry(Point, 4326)) on commit drop");
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy synthetic_stage ("
                + String.join(", ", SyntheticWellWriter.COPY_COLUMNS) + ") from stdin", new ByteArrayInputStream(rows.toByteArray()));
        s.execute("""
                insert into well (registry_number, geom, type, use, status, depth_m, diameter_mm, yield_m3_per_day,
                                  wilayat_id, governorate_id)
                select '%s' || lpad(s.seq::text, 8, '0'), s.geom, s.type, s.use, s.status, s.depth_m,
                       s.diameter_mm, s.yield_m3_per_day, a.id, a.parent_id
                  from (select *, wilayat_of(geom) as wilayat_id from synthetic_stage) s
                  join admin_area a on a.id = s.wilayat_id
                 order by s.seq""".formatted(PREFIX));
        s.execute("analyze well");
    }

    private static boolean present(Connection c, int count) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from data_load where dataset = '" + dataset(count) + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static String dataset(int count) {
        return "test:synthetic-wells-" + count;
    }
}
