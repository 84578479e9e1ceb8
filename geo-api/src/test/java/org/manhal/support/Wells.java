package org.manhal.support;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Well fixtures for integration tests. The test database keeps what earlier runs wrote, so each
 * test works in its own spot: a random place in the empty interior of Al Wusta, far from the
 * sample wells, and searches only a small box around it.
 */
public final class Wells {

    private Wells() {
    }

    /** A random lon/lat in the interior of Al Wusta (about 55.6–56.4 E, 19.6–20.4 N). */
    public static double[] freshSpot() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new double[] {55.6 + r.nextDouble() * 0.8, 19.6 + r.nextDouble() * 0.8};
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
    /**
     * A {@link #freshSpot()} whose {@link #bboxAround} holds no well yet, for tests that list that
     * box and expect only their own wells: other tests (imports of thousands of rows) work in the
     * same region, and a random spot landed among them once.
     */
    public static double[] emptySpot(ApiClient api) {
        for (int attempt = 0; attempt < 100; attempt++) {
            double[] at = freshSpot();
            if (api.get("/api/wells?bbox=" + bboxAround(at[0], at[1])).json().get("numberMatched").asLong() == 0) {
                return at;
            }
        }
        throw new IllegalStateException("no empty spot found in 100 tries: is the test region full?");
    }

    public static String bboxAround(double lon, double lat) {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);
    }
}
