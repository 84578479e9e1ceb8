package org.manhal.count;

import java.util.List;

/**
 * How an area lies on the {@link CountGrid}: the cells wholly inside it, at the coarsest level
 * possible, whose stored counts can be summed; the cells of {@link CountGrid#EXACT_K} wholly
 * inside it, below the finest stored level, whose wells are counted without a test; and the
 * exact-level cells its boundary touches, whose wells must be tested one by one. Cells in none
 * of the lists hold no point of the area (or, with a {@link CellOccupancy}, no well). The runs of
 * the lists are disjoint, so no well is counted twice.
 *
 * @param inside runs of cells (levels up to FINEST_K) whose every point is in the area's interior
 * @param insideExact runs of EXACT_K cells whose every point is in the area's interior
 * @param boundary runs of EXACT_K cells that the area's boundary touches or crosses
 * @param exact runs of the EXACT_K cells of both kinds, joined where they touch: how the count
 *     reads them, in one range per run (a range read costs ~3-5 µs, more than sending the few
 *     wells of a small inside cell along with its boundary neighbours)
 * @param insideExactKeys the keys of insideExact's cells: a well read from one of them is counted
 *     without a test
 */
record CellCover(List<CellRun> inside, List<CellRun> insideExact, List<CellRun> boundary, List<CellRun> exact,
                 LongSet insideExactKeys) {

    long insideCells() {
        return inside.stream().mapToLong(CellRun::cells).sum();
    }

    long boundaryCells() {
        return boundary.stream().mapToLong(CellRun::cells).sum();
    }
}
