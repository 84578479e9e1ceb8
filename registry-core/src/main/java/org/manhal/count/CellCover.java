package org.manhal.count;

import java.util.List;

/**
 * How an area lies on the {@link CountGrid}: the cells wholly inside it, at the coarsest level
 * possible, whose precomputed counts can be summed; and the finest-level cells its boundary
 * touches, whose wells must be tested one by one. Cells in neither list hold no point of the area.
 * The runs of both lists are disjoint, so no well is counted twice.
 *
 * @param inside runs of cells whose every point (edges included) is in the area's interior
 * @param boundary runs of finest-level cells that the area's boundary touches or crosses
 */
record CellCover(List<CellRun> inside, List<CellRun> boundary) {

    long insideCells() {
        return inside.stream().mapToLong(CellRun::cells).sum();
    }

    long boundaryCells() {
        return boundary.stream().mapToLong(CellRun::cells).sum();
    }
}
