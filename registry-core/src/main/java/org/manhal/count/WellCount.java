package org.manhal.count;

import java.util.List;

/**
 * The answer to a {@link WellCountQuery}: exact, as {@code select count(*) from well where
 * deleted_at is null and ST_Intersects(area, geom)} with the filters would answer at the same moment.
 *
 * @param total the number of wells counted
 * @param rows the breakdown when one was asked for, else empty: every value of the dimension, zero
 *     counts included, in code order for areas and code-list order for use and status; then, only if
 *     not zero, a row with a null key for wells without an area
 */
public record WellCount(long total, List<CountRow> rows) {

    public WellCount {
        rows = List.copyOf(rows);
    }
}
