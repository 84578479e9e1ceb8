package org.manhal.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, summarised in milliseconds (nearest-rank percentiles). */
public final class Samples {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public synchronized double meanMs() {
        return Arrays.stream(values, 0, size).average().orElse(0) / 1e6;
    }

    public int size() {
        return size;
    }

    /** "p50 / p95 / p99" in ms. */
    public String summary() {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", percentileMs(0.50), percentileMs(0.95), percentileMs(0.99));
    }
}
