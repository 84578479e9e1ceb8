package org.manhal.spacing.internal;

import java.util.Arrays;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serialises permits that could conflict: a transaction-scoped PostgreSQL advisory lock on every
 * cell of a fixed lon/lat grid that the search envelope of the permit's well-to-well rules meets.
 *
 * <p>Why it suffices: if well A's check depends on well B (B lies within A's search radius), then
 * A locks the cell holding B, and B locks its own cell (its envelope always contains it), so the
 * two permits queue on that cell and the second one's check, a statement that starts after the
 * first committed, sees the first well (READ COMMITTED). Cells are locked in ascending key order,
 * so two permits never deadlock on them. Only the permit path locks: checks are lock-free reads.
 */
public final class NeighbourhoodLock {

    /** Cell size: 1/16° (about 6.9 km north–south, 6.4 km east–west at 23° N); exact in binary. */
    static final double CELL_DEGREES = 1.0 / 16;
    /** The first key of the two-int advisory lock space, naming these locks ("SPAC"). */
    static final int LOCK_SPACE = 0x53504143;

    private final JdbcClient jdbc;

    public NeighbourhoodLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks every cell the box meets, until the current transaction ends. */
    public void lock(Envelope box) {
        Integer[] keys = cells(box);
        // unnest yields the keys in array order, and each row's lock is taken as the row is produced
        jdbc.sql("select pg_advisory_xact_lock(?, k) from unnest(?::int[]) as k")
                .params(LOCK_SPACE, "{" + String.join(",", Arrays.stream(keys).map(String::valueOf).toList()) + "}")
                .query((rs, n) -> n).list();
    }

    /** The keys of the cells the box meets, ascending (the locking order). */
    static Integer[] cells(Envelope box) {
        int x0 = cell(box.getMinX());
        int x1 = cell(box.getMaxX());
        int y0 = cell(box.getMinY());
        int y1 = cell(box.getMaxY());
        Integer[] keys = new Integer[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int i = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                // 13 bits for x (±2,880 cells), 12 for y (±1,440): unique over the globe
                keys[i++] = ((y + 2048) << 13) | (x + 4096);
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }
}
