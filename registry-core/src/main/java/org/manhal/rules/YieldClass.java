package org.manhal.rules;

/**
 * A range of well yields in cubic metres per day, {@code min ≤ yield < max}; a {@code null} bound
 * is open. Half-open so that adjacent classes ({@code [0, 50)}, {@code [50, 85)}) never overlap.
 *
 * @param minM3PerDay the inclusive lower bound in m³/day, or {@code null} for none
 * @param maxM3PerDay the exclusive upper bound in m³/day, or {@code null} for none
 */
public record YieldClass(Double minM3PerDay, Double maxM3PerDay) {

    /** Every yield, including an unknown one. */
    public static final YieldClass ANY = new YieldClass(null, null);

    public YieldClass {
        requireNonNegative(minM3PerDay, "minM3PerDay");
        requireNonNegative(maxM3PerDay, "maxM3PerDay");
        if (minM3PerDay != null && maxM3PerDay != null && minM3PerDay >= maxM3PerDay) {
            throw new IllegalArgumentException(
                    "empty yield class [" + minM3PerDay + ", " + maxM3PerDay + ") m³/day");
        }
    }

    /**
     * Whether the class includes the yield. An unknown yield ({@code null}) is included in every
     * class, so that a check on a well of unknown yield applies the strictest applicable rule
     * rather than none.
     */
    public boolean includes(Double yieldM3PerDay) {
        if (yieldM3PerDay == null) {
            return true;
        }
        boolean aboveMin = minM3PerDay == null || yieldM3PerDay >= minM3PerDay;
        boolean belowMax = maxM3PerDay == null || yieldM3PerDay < maxM3PerDay;
        return aboveMin && belowMax;
    }

    private static void requireNonNegative(Double value, String name) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, was " + value);
        }
    }
}
