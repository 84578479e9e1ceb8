package org.manhal.data.synthetic;

/**
 * Fixed-point rounding and printing without {@code String.format}, which is too slow for millions
 * of rows and depends on the default locale. {@link #round} returns the double nearest to the
 * decimal value, so {@link #append} prints exactly that decimal.
 */
final class Decimals {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Decimals() {
    }

    static double round(double value, int decimals) {
        long scale = POWERS_OF_TEN[decimals];
        return Math.round(value * scale) / (double) scale;
    }

    /** Appends {@code value} with exactly {@code decimals} digits after the point (none: no point). */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        long scale = POWERS_OF_TEN[decimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale);
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            out.append('.');
            out.append("000000", 0, decimals - fraction.length());
            out.append(fraction);
        }
        return out;
    }
}
