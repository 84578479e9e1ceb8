package org.manhal.well;

import java.util.Locale;
import java.util.Optional;

import org.manhal.common.Labelled;
import org.manhal.common.Text;
import org.manhal.common.Violation;

/**
 * The measured numbers of a well and their plausible ranges, declared once: the single
 * registration ({@link WellValidator}), the bulk import's SQL (built from these) and the spacing
 * check's request (the yield) all read them from here.
 */
public enum WellMeasure implements Labelled {

    /** The deepest plausible water well, metres; Oman's deepest boreholes are well under this. */
    DEPTH("depthM", "depth_m", 0, 2_000, "م", "m", "العمق (م)", "depth (m)"),
    DIAMETER("diameterMm", "diameter_mm", 25, 5_000, "مم", "mm", "القطر (مم)", "diameter (mm)"),
    YIELD("yieldM3PerDay", "yield_m3_per_day", 0, 100_000, "م³/يوم", "m³/day", "الإنتاجية (م³/يوم)", "yield (m³/day)"),
    /** Measured down from the ground, so no deeper than the deepest well. */
    STATIC_WATER_LEVEL("staticWaterLevelM", "static_water_level_m", 0, 2_000, "م", "m",
            "منسوب المياه الساكن (م)", "static water level (m)"),
    /** Sea water is about 50,000 µS/cm; brines in sabkha reach a few times that. */
    EC("ecUsPerCm", "ec_us_per_cm", 0, 250_000, "ميكروسيمنز/سم", "µS/cm", "الموصلية الكهربائية", "electrical conductivity (µS/cm)");

    private final String field;
    private final String column;
    private final double min;
    private final double max;
    private final Text unit;
    private final Text label;

    WellMeasure(String field, String column, double min, double max, String unitAr, String unitEn, String ar, String en) {
        this.field = field;
        this.column = column;
        this.min = min;
        this.max = max;
        this.unit = new Text(unitAr, unitEn);
        this.label = new Text(ar, en);
    }

    /** The name in {@link WellDetails} and the API ({@code depthM}). */
    public String field() {
        return field;
    }

    /** The column of table {@code well} ({@code depth_m}). */
    public String column() {
        return column;
    }

    /** The smallest plausible value, inclusive. */
    public double min() {
        return min;
    }

    /** The largest plausible value, inclusive. */
    public double max() {
        return max;
    }

    public Text unit() {
        return unit;
    }

    @Override
    public Text label() {
        return label;
    }

    /**
     * What is wrong with {@code value} under {@code field} ({@code NOT_FINITE}, {@code NEGATIVE},
     * {@code OUT_OF_RANGE}), if anything.
     */
    public Optional<Violation> check(String field, double value) {
        if (!Double.isFinite(value)) {
            return Optional.of(Violation.of(field, "NOT_FINITE", "«" + ar() + "» يجب أن يكون رقماً محدداً.",
                    "'" + en() + "' must be a finite number."));
        }
        if (value < 0) {
            return Optional.of(Violation.of(field, "NEGATIVE", "«" + ar() + "» لا يمكن أن يكون سالباً (" + number(value) + ").",
                    "'" + en() + "' cannot be negative (" + number(value) + ")."));
        }
        if (value < min || value > max) {
            return Optional.of(Violation.of(field, "OUT_OF_RANGE",
                    "«" + ar() + "» = " + number(value) + " خارج المدى المقبول من " + number(min) + " إلى " + number(max) + ".",
                    "'" + en() + "' = " + number(value) + " is outside the plausible range " + number(min) + " to " + number(max) + "."));
        }
        return Optional.empty();
    }

    /** What is wrong with {@code value} under this measure's own field name. */
    public Optional<Violation> check(double value) {
        return check(field, value);
    }

    /** A number as the messages show it: at most six decimals, no trailing zeros ({@code 2000}, {@code 12.5}). */
    public static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
