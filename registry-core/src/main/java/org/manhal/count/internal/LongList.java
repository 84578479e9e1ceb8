package org.manhal.count.internal;

import java.util.Arrays;

/** A growable array of longs, to keep tens of thousands of cell keys without boxing. */
public final class LongList {

    private long[] values = new long[256];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
