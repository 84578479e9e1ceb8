package org.manhal.count.internal;

/**
 * The finest cells that have ever held a well (table {@code well_cell}, migration V7), and all
 * their ancestors, in memory: {@link CellCoverOp} skips every other cell, which is most of a large
 * polygon's boundary and inside (sea, sand, mountains). The set only grows in the database, so a
 * copy with the same {@link #size()} as {@code well_cell_total.n} in a snapshot is that snapshot's
 * set; a copy that is smaller is stale and must be reloaded before it is trusted.
 */
public final class OccupiedCells implements CellOccupancy {

    /** Before the first load: no cell known, so any count will find the copy stale and load it. */
    static final OccupiedCells NONE = new OccupiedCells(new long[0], -1);

    private final LongSet keys;
    private final long size;

    /** @param finest the keys of the occupied finest cells; size: their number in the database */
    OccupiedCells(long[] finest, long size) {
        this.keys = new LongSet(finest.length * 2 + 16);
        this.size = size;
        for (long key : finest) {
            CountGrid.addWithAncestors(keys, CountGrid.FINEST_K, CountGrid.column(key), CountGrid.row(key));
        }
    }

    @Override
    public boolean mayHoldWells(int k, long ix, long iy) {
        return keys.contains(CountGrid.key(k, ix, iy));
    }

    /** How many finest cells the copy holds, as counted by the database when it was loaded. */
    long size() {
        return size;
    }
}
