package org.manhal.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;

import javax.sql.DataSource;

import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.crs.Crs;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.synthetic.SyntheticWell;
import org.manhal.data.synthetic.SyntheticWellGenerator;
import org.manhal.data.synthetic.SyntheticWellWriter;
import org.postgresql.PGConnection;

/**
 * Puts the first N wells of the synthetic sequence (seed 1) into {@code well}, registry numbers
 * {@code SYN-00000001} on, if they are not there yet; the wells of earlier runs are kept, so a
 * second run loads nothing. Each chunk goes by COPY into a temporary table, then one INSERT
 * assigns the wilayat and governorate as registration does ({@code wilayat_of}), so every
 * trigger (history, counts) runs as for a real bulk import.
 */
public final class SyntheticWells {

    private static final int CHUNK = 250_000;
    private static final String PREFIX = "SYN-";

    private SyntheticWells() {
    }

    /** Loads wells until the first {@code count} are present; returns how many it loaded. */
    public static long ensure(DataSource dataSource, long count) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            long present = present(c);
            if (present >= count) {
                return 0;
            }
            Iterator<SyntheticWell> wells = SyntheticWellGenerator.forOman(AdminBoundaries.fromClasspath(), 1).iterator(count);
            for (long i = 0; i < present; i++) {
                wells.next(); // the sequence is deterministic: skip what earlier runs loaded
            }
            for (long done = present; done < count; done += CHUNK) {
                long started = System.nanoTime();
                loadChunk(c, wells, done, (int) Math.min(CHUNK, count - done));
                System.err.printf("loaded synthetic wells up to %,d (%,d ms)%n", Math.min(count, done + CHUNK),
                        (System.nanoTime() - started) / 1_000_000);
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze well");
                s.execute("analyze well_count");
            }
            return count - present;
        }
    }

    private static long present(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from well where registry_number like '" + PREFIX + "%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void loadChunk(Connection c, Iterator<SyntheticWell> wells, long first, int n)
            throws SQLException, IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream(n * 100);
        SyntheticWellWriter.writeCopy(new Limited(wells, n), rows);
        c.setAutoCommit(false);
        TransactionContext.bind(c, new Actor("system:bench"), "synthetic benchmark wells");
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table synthetic_stage (seq bigint generated always as identity, lon float8, lat float8,"
                    + " type text, use text, status text, depth_m float8, diameter_mm float8, yield_m3_per_day float8,"
                    + " geom geometry(Point, " + Crs.WGS84_SRID + ")) on commit drop");
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy synthetic_stage ("
                    + String.join(", ", SyntheticWellWriter.COPY_COLUMNS) + ") from stdin",
                    new ByteArrayInputStream(rows.toByteArray()));
            s.execute("""
                    insert into well (registry_number, geom, type, use, status, depth_m, diameter_mm, yield_m3_per_day,
                                      wilayat_id, governorate_id)
                    select 'SYN-' || lpad((%d + s.seq)::text, 8, '0'), s.geom, s.type, s.use, s.status, s.depth_m,
                           s.diameter_mm, s.yield_m3_per_day, a.id, a.parent_id
                      from (select *, wilayat_of(geom) as wilayat_id from synthetic_stage) s
                      join admin_area a on a.id = s.wilayat_id
                     order by s.seq""".formatted(first));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The next n elements of an iterator. */
    private record Limited(Iterator<SyntheticWell> wells, int[] left) implements Iterator<SyntheticWell> {

        Limited(Iterator<SyntheticWell> wells, int n) {
            this(wells, new int[] {n});
        }

        @Override
        public boolean hasNext() {
            return left[0] > 0 && wells.hasNext();
        }

        @Override
        public SyntheticWell next() {
            left[0]--;
            return wells.next();
        }
    }
}
