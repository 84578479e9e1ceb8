package org.manhal.imports;

/** What a finished import did. */
public enum ImportOutcome {
    /** Every row was imported. */
    ALL_IMPORTED,
    /** Mode valid-rows-only: the valid rows were imported, the others reported. */
    VALID_ROWS_IMPORTED,
    /** No row was imported: mode all-or-nothing with rejected rows, or no valid row at all. */
    NOTHING_IMPORTED
}
