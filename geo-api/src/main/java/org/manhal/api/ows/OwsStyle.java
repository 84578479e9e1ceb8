package org.manhal.api.ows;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.manhal.common.Text;

/**
 * How a layer is drawn, in terms both MapServer's CLASS/STYLE and an SLD 1.0 can say: a default
 * symbol and, optionally, a symbol per value of one column (wells by status).
 *
 * @param classColumn the column whose values choose the symbol, or null for one symbol
 * @param classes     the symbols by value (empty with no class column)
 * @param fallback    the symbol of every other feature
 */
public record OwsStyle(String classColumn, List<ValueClass> classes, Symbol fallback) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public OwsStyle {
        classes = List.copyOf(classes);
        Objects.requireNonNull(fallback, "fallback");
    }

    /** One symbol for every feature. */
    public static OwsStyle single(Symbol symbol) {
        return new OwsStyle(null, List.of(), symbol);
    }

    /**
     * A symbol: fill and outline colours ({@code #rrggbb}), the outline's width and, for points,
     * the marker's diameter, in pixels.
     */
    public record Symbol(Text name, String fill, String stroke, double strokeWidth, double size) {

        public Symbol {
            Objects.requireNonNull(name, "name");
            colour(fill);
            colour(stroke);
        }

        private static void colour(String c) {
            if (c == null || !COLOUR.matcher(c).matches()) {
                throw new IllegalArgumentException("not a #rrggbb colour: " + c);
            }
        }
    }

    /** The symbol of the features whose class column holds {@code value}. */
    public record ValueClass(String value, Symbol symbol) {

        private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_]{1,64}");

        public ValueClass {
            if (value == null || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a plain class value: " + value);
            }
            Objects.requireNonNull(symbol, "symbol");
        }
    }
}
