package org.manhal.common;

import java.util.Objects;

/**
 * A text in Arabic and English, for labels and messages.
 *
 * @param ar the Arabic text
 * @param en the English text
 */
public record Text(String ar, String en) implements Bilingual {

    public Text {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
    }
}
