package org.manhal.data.synthetic;

/**
 * A fictitious well for benchmarks and tests, produced by {@link SyntheticWellGenerator}.
 * Values are already rounded to the precision the writers print, so a well written to CSV and
 * read back is equal to the original.
 *
 * @param lon longitude in degrees, EPSG:4326, 6 decimals (about 0.1 m); inside Oman's outline
 * @param lat latitude in degrees, EPSG:4326, 6 decimals
 * @param type {@code HAND_DUG} or {@code BOREHOLE}
 * @param use {@code DOMESTIC}, {@code AGRICULTURAL}, {@code LIVESTOCK}, {@code INDUSTRIAL},
 *     {@code COMMERCIAL}, {@code PUBLIC_SUPPLY}, {@code FALAJ_ASSIST} or {@code MONITORING}
 * @param status {@code PROPOSED}, {@code PERMITTED}, {@code ACTIVE}, {@code STANDBY},
 *     {@code NOT_IN_USE}, {@code DEEPENED}, {@code ABANDONED}, {@code BACKFILLED} or
 *     {@code ILLEGAL_DETECTED}
 * @param depthM depth below ground in metres, 1 decimal: 5–40 for hand-dug, 30–300 for boreholes
 * @param diameterMm inside diameter in millimetres, whole: 800–2000 hand-dug, 150–400 boreholes
 * @param yieldM3PerDay tested or licensed yield in cubic metres per day, 1 decimal, 5–2000
 */
public record SyntheticWell(double lon, double lat, String type, String use, String status,
        double depthM, double diameterMm, double yieldM3PerDay) {
}
