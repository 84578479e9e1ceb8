package org.manhal.api.export;

import java.math.BigDecimal;

/** Numbers as people and spreadsheets read them: no exponent, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
