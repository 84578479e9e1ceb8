package org.manhal.count;

/**
 * What a count is broken down by. Governorate and wilayat are the ones the registry assigned to
 * each well from its location ({@code well.governorate_id}, {@code well.wilayat_id}); use and status
 * are the code lists {@link org.manhal.well.WellUse} and {@link org.manhal.well.WellStatus}.
 */
public enum CountDimension {
    GOVERNORATE("governorate_id"),
    WILAYAT("wilayat_id"),
    USE("use"),
    STATUS("status");

    private final String column;

    CountDimension(String column) {
        this.column = column;
    }

    /** The column of {@code well} and {@code well_count} that holds this dimension. */
    public String column() {
        return column;
    }
}
