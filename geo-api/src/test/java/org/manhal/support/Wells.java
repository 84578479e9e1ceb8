package org.manhal.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Well fixtures for integration tests. Each test class starts from a fresh registry
 * ({@link CleanRegistry}); within the class each test works at a spot of its own, which
 * {@link #freshSpot()} hands out in a fixed order, so a class sees the same spots on every run.
 */
public final class Wells {

    /** The spots: a grid of 0.1° (about 11 km) in the empty interior of Al Wusta (55.6–56.4 E, 19.6–20.4 N). */
    private static final double WEST = 55.65;
    private static final double SOUTH = 19.65;
    private static final double STEP = 0.1;
    private static final int SIDE = 8;
    /**
     * A spot is left out when a sample well (data/, loaded at start) lies within this many degrees:
     * more than the widest box a test lists or imports into around its spot (a 0.05° × 0.06° job
     * file, ±0.02° lists), so what a test finds there is its own.
     */
    private static final double SAMPLE_WELL_MARGIN = 0.1;
    private static final List<double[]> SPOTS = spots();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Wells() {
    }

    /**
     * A lon/lat in the interior of Al Wusta that no other test of the class got: the next spot of
     * the grid, the first one for the class's first call. No sample well is near it, so in the
     * fresh registry of a class nothing lies within 0.05° of it but what the test puts there.
     */
    public static double[] freshSpot() {
        int i = NEXT.getAndIncrement();
        if (i >= SPOTS.size()) {
            throw new IllegalStateException("a test class asked for more than " + SPOTS.size() + " fresh spots");
        }
        return SPOTS.get(i).clone();
    }

    /** Starts the spots again from the first: a new class has a fresh registry ({@link CleanRegistry}). */
    static void restartSpots() {
        NEXT.set(0);
    }

    private static List<double[]> spots() {
        List<double[]> samples = sampleWells();
        List<double[]> spots = new ArrayList<>();
        for (int row = 0; row < SIDE; row++) {
            for (int column = 0; column < SIDE; column++) {
                double[] spot = {WEST + column * STEP, SOUTH + row * STEP};
                if (samples.stream().noneMatch(w -> Math.abs(w[0] - spot[0]) < SAMPLE_WELL_MARGIN
                        && Math.abs(w[1] - spot[1]) < SAMPLE_WELL_MARGIN)) {
                    spots.add(spot);
                }
            }
        }
        return spots;
    }

    /** The lon/lat of the sample wells the service loads at start (data: sample-wells.csv, columns lon, lat first). */
    private static List<double[]> sampleWells() {
        try (InputStream in = Wells.class.getResourceAsStream("/org/manhal/data/wells/sample-wells.csv")) {
            if (in == null) {
                throw new IllegalStateException("no sample-wells.csv on the test class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            return r.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", 3))
                    .map(c -> new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1])}).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String feature(double lon, double lat, String type, String use, String status, String extraProperties) {
        return String.format(Locale.ROOT, """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[%.7f,%.7f]},
                 "properties":{"type":"%s","use":"%s","status":"%s"%s}}""",
                lon, lat, type, use, status, extraProperties.isEmpty() ? "" : "," + extraProperties);
    }

    public static String feature(double lon, double lat) {
        return feature(lon, lat, "BOREHOLE", "AGRICULTURAL", "ACTIVE",
                "\"depthM\":120.5,\"diameterMm\":200,\"yieldM3PerDay\":350,\"owner\":{\"name\":\"سالم بن علي\",\"civilId\":\"12345678\"}");
    }

    /** A bbox parameter of about ±0.001° (±110 m) around a point. */
    public static String bboxAround(double lon, double lat) {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);
    }
}
