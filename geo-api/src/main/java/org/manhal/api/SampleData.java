package org.manhal.api;

import java.util.Locale;

/**
 * Whether the service loads the sample data at start, and why: the start-up log says both.
 *
 * <p>Sample data (300 synthetic wells, invented aflaj, zones and pollution sources) must never
 * decide a real permit, so a deployment gets it only when asked: the default is {@code false},
 * and an explicit {@code MANHAL_SAMPLE_DATA=true|false} ({@code manhal.sample-data}) always wins.
 * {@code bin/manhal} asks for it ({@code MANHAL_SAMPLE_DATA=true}, unless already set) when it runs
 * the service on its private cluster, and never when {@code MANHAL_DB_URL} points at a database of
 * one's own. {@code MANHAL_SAMPLE_WELLS}, the earlier name, is read when the new one is not set.
 */
public final class SampleData {

    /**
     * @param load whether to load the sample data
     * @param reason why, for the log
     */
    public record Decision(boolean load, String reason) {
    }

    private SampleData() {
    }

    /**
     * @param setting {@code manhal.sample-data} as configured: {@code true}, {@code false}, or
     *        null/blank when not set
     * @throws IllegalArgumentException for any other value (the service does not start)
     */
    public static Decision decide(String setting) {
        if (setting == null || setting.isBlank()) {
            return new Decision(false, "MANHAL_SAMPLE_DATA is not set, and a deployment starts without sample data unless"
                    + " asked (bin/manhal asks for it on its private cluster only)");
        }
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> new Decision(true, "MANHAL_SAMPLE_DATA=true (manhal.sample-data): asked for explicitly,"
                    + " or by bin/manhal for its private cluster");
            case "false" -> new Decision(false, "MANHAL_SAMPLE_DATA=false (manhal.sample-data): asked not to");
            default -> throw new IllegalArgumentException("manhal.sample-data (MANHAL_SAMPLE_DATA) must be true or false, not '"
                    + setting + "'");
        };
    }
}
