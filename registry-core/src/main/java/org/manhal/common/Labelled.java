package org.manhal.common;

/**
 * A code with an Arabic and an English label (the code tables: well type, use, status, ...). Lets
 * each enum keep one {@link Text} instead of two fields and two accessors of its own.
 */
public interface Labelled extends Bilingual {

    /** The label in both languages. */
    Text label();

    @Override
    default String ar() {
        return label().ar();
    }

    @Override
    default String en() {
        return label().en();
    }
}
