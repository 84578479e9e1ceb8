package org.manhal.bench.count;

import java.util.Arrays;
import java.util.Locale;

/** Wall-clock samples in milliseconds, summarised as p50 / p95 / max. */
final class Latencies {

    private double[] samples = new double[16];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos / 1e6;
    }

    int size() {
        return size;
    }

    double p50() {
        return percentile(0.50);
    }

    double p95() {
        return percentile(0.95);
    }

    double max() {
        return percentile(1.0);
    }

    /** Nearest-rank percentile. */
    private double percentile(double p) {
        double[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * size);
        return sorted[Math.max(0, rank - 1)];
    }

    String summary() {
        return String.format(Locale.ROOT, "%s / %s / %s", ms(p50()), ms(p95()), ms(max()));
    }

    static String ms(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    }
}
