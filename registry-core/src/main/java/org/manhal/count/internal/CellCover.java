package org.manhal.count.internal;

import java.util.List;

/**
 * How an area lies on the {@link CountGrid}: the cells wholly inside it, at the coarsest level
 * possible down to {@link CountGrid#FINEST_K}, whose stored counts can be summed; and the cells of
 * {@link CountGrid#EXACT_K} that are wholly inside it (below the finest stored level) or that its
 * boundary touches, whose wells are read: those of the inside ones are counted without a test, the
 * others tested one by one. Cells in neither list hold no point of the area (or, with a
 * {@link CellOccupancy}, no well). The runs of the lists are disjoint, so no well is counted twice.
 *
 * @param inside runs of cells (levels up to FINEST_K) whose every point is in the area's interior
 * @param exact runs of EXACT_K cells, inside or on the boundary, joined where they touch: one range
 *     read per run (a range read costs ~3-5 µs, more than sending the few wells of a small inside
 *     cell along with its boundary neighbours)
 * @param insideExactKeys the keys of the EXACT_K cells wholly inside; the other cells of the exact
 *     runs are on the boundary (or, with a CellOccupancy, hold no well)
 */
public record CellCover(List<CellRun> inside, List<CellRun> exact, LongSet insideExactKeys) {

    long insideCells() {
        return inside.stream().mapToLong(CellRun::cells).sum();
    }

    /** EXACT_K cells the boundary touches (exact when no cells were skipped as empty). */
    long boundaryCells() {
        return exact.stream().mapToLong(CellRun::cells).sum() - insideExactKeys.size();
    }
}
