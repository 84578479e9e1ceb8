package org.manhal.api.ows;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.manhal.common.Text;

/**
 * How a layer is drawn, read from its SLD ({@link SldReader}) and written into the mapfile as
 * CLASS/STYLE/LABEL blocks (MapServer 8.0 cannot reference an SLD from a mapfile): a symbol per
 * value of one column (wells by status), a symbol for the rest, and the labels.
 *
 * @param classColumn the column whose values choose the symbol, or null for one symbol
 * @param classes     the symbols by value
 * @param fallback    the symbol of every other feature, or null when those are not drawn
 * @param labels      the labels drawn at each feature
 */
public record OwsStyle(String classColumn, List<ValueClass> classes, Symbol fallback, List<Label> labels) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public OwsStyle {
        classes = List.copyOf(classes);
        labels = List.copyOf(labels);
        if (classColumn != null && !COLUMN.matcher(classColumn).matches()) {
            throw new IllegalArgumentException("not a plain column: " + classColumn);
        }
        if (classes.isEmpty() && fallback == null) {
            throw new IllegalArgumentException("a style draws something: a class or a fallback symbol");
        }
    }

    /** One symbol for every feature, no label. */
    public static OwsStyle single(Symbol symbol) {
        return new OwsStyle(null, List.of(), symbol, List.of());
    }

    /** The marks MapServer's mapfile and SLD share. */
    public enum Mark {
        CIRCLE, SQUARE, TRIANGLE, STAR
    }

    /**
     * A symbol: the point mark and its diameter (pixels), the fill (null: none) and its opacity
     * (0 to 1), the outline (null: none) and its width (pixels).
     */
    public record Symbol(Text name, Mark mark, String fill, double fillOpacity, String stroke, double strokeWidth, double size) {

        public Symbol {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mark, "mark");
            colour(fill);
            colour(stroke);
            if (fillOpacity < 0 || fillOpacity > 1) {
                throw new IllegalArgumentException("fill opacity outside 0..1: " + fillOpacity);
            }
        }

        private static void colour(String c) {
            if (c != null && !COLOUR.matcher(c).matches()) {
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

    /**
     * A label: the column drawn, its size (points) and the largest scale denominator it is drawn at
     * (0: at every scale). The SLD's displacements are not kept: a feature's labels are stacked in one.
     */
    public record Label(String column, double size, double maxScaleDenominator) {

        public Label {
            if (column == null || !COLUMN.matcher(column).matches()) {
                throw new IllegalArgumentException("not a plain column: " + column);
            }
        }
    }
}
