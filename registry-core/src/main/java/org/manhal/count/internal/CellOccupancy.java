package org.manhal.count.internal;

/**
 * Which cells of the {@link CountGrid} may hold a well. A cell it says no to holds none, so a
 * polygon's cover may leave it out; saying yes to an empty cell only costs a lookup.
 */
public interface CellOccupancy {

    /** Every cell may hold a well: the cover of the area alone. */
    CellOccupancy ANY = (k, ix, iy) -> true;

    boolean mayHoldWells(int k, long ix, long iy);
}
