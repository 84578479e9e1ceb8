package org.manhal.count.internal;

/**
 * The grid the well counts are kept on: square cells of 2<sup>-k</sup> degrees in EPSG:4326
 * lon/lat, for k from {@link #COARSEST_K} (1°) to {@link #FINEST_K} (1/256°, about 430 m × 400 m
 * in Oman), each cell split in four at the next level like a quadtree.
 *
 * <p>A point (x, y) lies in the cell (⌊x·2<sup>k</sup>⌋, ⌊y·2<sup>k</sup>⌋): the cell includes its
 * west and south edges, not its east and north ones, so every point is in exactly one cell per
 * level. Multiplying a double by a power of two is exact, so this class and the SQL function
 * {@code well_count_cell} (migration V3, its twin: keep both in step) put every point in the same
 * cell. Cell keys are row-major, so a run of cells along one row is one range of keys.
 */
public final class CountGrid {

    /** The key of the whole world: the per-area summary rows. */
    static final long WORLD = 0L;
    static final int COARSEST_K = 0;
    static final int FINEST_K = 8;
    /**
     * The level of the cells that the wells near a polygon's boundary are read by (1/1024°, about
     * 110 m × 100 m in Oman): the btree index on each well's cell (migration V7) is on this level.
     * Counts are kept down to {@link #FINEST_K} only; finer cells wholly inside a polygon are
     * counted from that index, and only the wells of those its boundary touches are tested.
     */
    static final int EXACT_K = 10;

    private static final long OFFSET = 1L << 23;

    private CountGrid() {
    }

    /** Cells per degree at level k. */
    static double scale(int k) {
        return Math.scalb(1.0, k);
    }

    /** The column (or row) of a longitude (or latitude) at level k. */
    static long index(double degrees, int k) {
        return (long) Math.floor(degrees * scale(k));
    }

    /** The key of a cell, as {@code well_count_cell} computes it in SQL. */
    static long key(int k, long ix, long iy) {
        return ((long) (k + 16) << 48) | ((iy + OFFSET) << 24) | (ix + OFFSET);
    }

    /** The key of the cell of a point at level k. */
    static long keyOf(int k, double x, double y) {
        return key(k, index(x, k), index(y, k));
    }

    /** The level k of a key (not {@link #WORLD}). */
    static int level(long key) {
        return (int) (key >>> 48) - 16;
    }

    static long column(long key) {
        return (key & 0xFFFFFFL) - OFFSET;
    }

    static long row(long key) {
        return ((key >>> 24) & 0xFFFFFFL) - OFFSET;
    }

    /** Adds the key of cell (ix, iy) at level k and of each of its ancestors not in the set yet. */
    static void addWithAncestors(LongSet keys, int k, long ix, long iy) {
        for (int level = k; level >= COARSEST_K; level--) {
            int shift = k - level;
            if (!keys.add(key(level, ix >> shift, iy >> shift))) {
                return; // its ancestors are in already
            }
        }
    }

    /** The western (or southern) edge of column (or row) i at level k, in degrees; exact. */
    static double edge(long i, int k) {
        return i / scale(k);
    }
}
