package org.manhal.common;

/**
 * Something a person reads, in Arabic (first, for Manhal's users) and English.
 */
public interface Bilingual {

    /** The Arabic text. */
    String ar();

    /** The English text. */
    String en();
}
