package org.manhal.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a plot or zone import does with a row whose key is already in the registry (a plot: its
 * wilayat and number; a zone: its code and label). Orthogonal to the {@link ImportMode}, which
 * decides what rejected rows do to the rest of the file.
 */
public enum ExistingRows {
    /** Insert only: a row whose key is registered is rejected as {@code ALREADY_REGISTERED}. */
    REJECT("reject"),
    /**
     * Upsert: a row whose key is registered replaces the registered geometry (and for a plot its
     * area, street frontage and owner), so importing the same file twice leaves the registry as
     * after the first time.
     */
    REPLACE("replace");

    private final String parameter;

    ExistingRows(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code existing} request parameter. */
    public String parameter() {
        return parameter;
    }

    public static Optional<ExistingRows> byParameter(String value) {
        return Arrays.stream(values()).filter(m -> m.parameter.equals(value) || m.name().equals(value)).findFirst();
    }
}
