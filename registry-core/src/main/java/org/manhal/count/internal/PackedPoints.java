package org.manhal.count.internal;

import java.nio.ByteBuffer;

/**
 * Points packed as PostgreSQL sends {@code string_agg(float8send(ST_X(geom)) || float8send(ST_Y(geom)), '')}:
 * x then y, each an IEEE 754 double in network byte order, 16 bytes a point. The count receives
 * the wells of boundary cells this way: one value per key instead of a row per well, and ~2×
 * cheaper on the server than {@code ST_Collect} (measured on Oman's 17,338 boundary wells: 8 ms
 * against 17-30 ms). The doubles are the stored coordinates, bit for bit.
 */
public final class PackedPoints {

    interface PointPredicate {
        boolean test(double x, double y);
    }

    private PackedPoints() {
    }

    /** How many of the points pass the predicate. */
    static long count(byte[] packed, PointPredicate predicate) {
        if (packed.length % 16 != 0) {
            throw new IllegalArgumentException("not packed points: " + packed.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(packed); // big-endian, as float8send writes
        long passed = 0;
        while (in.hasRemaining()) {
            passed += predicate.test(in.getDouble(), in.getDouble()) ? 1 : 0;
        }
        return passed;
    }
}
