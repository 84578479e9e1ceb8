package org.manhal.data.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a well's type, use, status and dimensions with plausible proportions for Oman: mostly
 * active agricultural and domestic wells; a third hand-dug in farming areas; boreholes for every
 * public-supply, industrial and monitoring well; remote wells mostly for livestock, monitoring and
 * industry. Ranges: hand-dug depth 5–40 m and diameter 800–2000 mm; boreholes 30–300 m and
 * 150–400 mm; yield 5–2000 m³/day. Values are rounded to the precision the writers print.
 */
final class WellAttributes {

    static final String HAND_DUG = "HAND_DUG";
    static final String BOREHOLE = "BOREHOLE";

    private static final WeightedChoice<String> INHABITED_USES = choice(
            List.of("AGRICULTURAL", "DOMESTIC", "LIVESTOCK", "PUBLIC_SUPPLY", "COMMERCIAL", "INDUSTRIAL",
                    "FALAJ_ASSIST", "MONITORING"),
            52, 22, 7, 5, 4, 3, 3, 4);
    private static final WeightedChoice<String> REMOTE_USES = choice(
            List.of("LIVESTOCK", "MONITORING", "PUBLIC_SUPPLY", "INDUSTRIAL", "AGRICULTURAL"),
            40, 25, 15, 10, 10);
    private static final WeightedChoice<String> STATUSES = choice(
            List.of("ACTIVE", "PERMITTED", "PROPOSED", "STANDBY", "NOT_IN_USE", "DEEPENED", "ABANDONED",
                    "BACKFILLED", "ILLEGAL_DETECTED"),
            70, 5, 2, 6, 6, 3, 4, 2, 2);
    private static final WeightedChoice<Double> BOREHOLE_DIAMETERS_MM = choice(
            List.of(150.0, 200.0, 250.0, 300.0, 350.0, 400.0),
            30, 30, 15, 12, 8, 5);

    /** Share of hand-dug wells among uses that can be hand-dug, in farms and villages. */
    private static final double HAND_DUG_SHARE_INHABITED = 0.35;
    private static final double HAND_DUG_SHARE_REMOTE = 0.10;

    private WellAttributes() {
    }

    static SyntheticWell draw(SplittableRandom random, Setting setting, double lon, double lat) {
        String use = (setting == Setting.REMOTE ? REMOTE_USES : INHABITED_USES).pick(random);
        boolean handDug = canBeHandDug(use) && random.nextDouble() < handDugShare(setting);
        String status = STATUSES.pick(random);
        return handDug ? handDug(random, lon, lat, use, status) : borehole(random, lon, lat, use, status);
    }

    private static SyntheticWell handDug(SplittableRandom random, double lon, double lat, String use, String status) {
        double depth = 5 + 35 * (random.nextDouble() + random.nextDouble()) / 2; // peaks mid-range
        double diameter = 800 + 50 * random.nextInt(25); // 800..2000 in 50 mm steps, as dug
        double yield = 5 + 145 * square(random.nextDouble()); // mostly small
        return well(lon, lat, HAND_DUG, use, status, depth, diameter, yield);
    }

    private static SyntheticWell borehole(SplittableRandom random, double lon, double lat, String use, String status) {
        double depth = 30 + 270 * square(random.nextDouble()); // most boreholes are shallow
        double diameter = BOREHOLE_DIAMETERS_MM.pick(random);
        double yield = boreholeYield(random, use);
        return well(lon, lat, BOREHOLE, use, status, depth, diameter, yield);
    }

    /** Log-uniform, because yields span orders of magnitude; supply and industry wells are large. */
    private static double boreholeYield(SplittableRandom random, String use) {
        return switch (use) {
            case "PUBLIC_SUPPLY", "INDUSTRIAL" -> logUniform(random, 300, 2000);
            case "MONITORING" -> logUniform(random, 5, 50);
            default -> logUniform(random, 20, 1500);
        };
    }

    private static SyntheticWell well(double lon, double lat, String type, String use, String status,
            double depth, double diameter, double yield) {
        return new SyntheticWell(lon, lat, type, use, status,
                Decimals.round(depth, 1), Decimals.round(diameter, 0), Decimals.round(yield, 1));
    }

    private static boolean canBeHandDug(String use) {
        return !(use.equals("PUBLIC_SUPPLY") || use.equals("INDUSTRIAL") || use.equals("MONITORING"));
    }

    private static double handDugShare(Setting setting) {
        return setting == Setting.REMOTE ? HAND_DUG_SHARE_REMOTE : HAND_DUG_SHARE_INHABITED;
    }

    private static double logUniform(SplittableRandom random, double min, double max) {
        return min * StrictMath.exp(random.nextDouble() * StrictMath.log(max / min));
    }

    private static double square(double x) {
        return x * x;
    }

    private static <T> WeightedChoice<T> choice(List<T> items, double... weights) {
        return new WeightedChoice<>(items, weights);
    }
}
