package org.manhal.well;

/** The database identity of a well (the registry number is its human identity). */
public record WellId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
