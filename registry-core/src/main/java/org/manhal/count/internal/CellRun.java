package org.manhal.count.internal;

/**
 * Consecutive cells of one row at one level of the {@link CountGrid}: columns {@code ix0} to
 * {@code ix1} (both included) of row {@code iy}.
 */
public record CellRun(int k, long iy, long ix0, long ix1) {

    /** The first key of the run. */
    long firstKey() {
        return CountGrid.key(k, ix0, iy);
    }

    /** The last key of the run (included). */
    long lastKey() {
        return CountGrid.key(k, ix1, iy);
    }

    /** West edge in degrees: the run holds points with x ≥ this. */
    double minX() {
        return CountGrid.edge(ix0, k);
    }

    /** East edge in degrees: the run holds points with x strictly below this. */
    double maxX() {
        return CountGrid.edge(ix1 + 1, k);
    }

    double minY() {
        return CountGrid.edge(iy, k);
    }

    double maxY() {
        return CountGrid.edge(iy + 1, k);
    }

    long cells() {
        return ix1 - ix0 + 1;
    }
}
