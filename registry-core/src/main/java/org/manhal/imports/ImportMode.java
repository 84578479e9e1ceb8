package org.manhal.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * What to do with a file that has rejected rows. Either way nothing is ever half-imported: the
 * whole import is one transaction.
 */
public enum ImportMode {
    /** Import every row or none: one rejected row and nothing is written. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Import the rows that pass every check; report the others. */
    VALID_ROWS_ONLY("valid-rows-only");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code mode} request parameter. */
    public String parameter() {
        return parameter;
    }

    public static Optional<ImportMode> byParameter(String value) {
        return Arrays.stream(values()).filter(m -> m.parameter.equals(value) || m.name().equals(value)).findFirst();
    }
}
