package org.manhal.count.internal;

import java.util.Arrays;

/**
 * A set of longs without boxing (open addressing, linear probing), for the tens of thousands of
 * cell keys a polygon cover and the occupied-cell map hold: a {@code HashSet<Long>} spent most of
 * the cover's time allocating and hashing boxes.
 */
public final class LongSet {

    /** Never a cell key: keys have the level in their top bits, and level 0 is 16 << 48. */
    private static final long FREE = 0L;

    private long[] slots;
    private int size;
    private boolean hasFree;

    LongSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    /** Adds the key; answers whether it was new. */
    boolean add(long key) {
        if (key == FREE) {
            boolean added = !hasFree;
            hasFree = true;
            return added;
        }
        int i = slot(key);
        if (slots[i] == key) {
            return false;
        }
        slots[i] = key;
        if (++size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    boolean contains(long key) {
        return key == FREE ? hasFree : slots[slot(key)] == key;
    }

    /** Where the key is, or the free slot where it would go (the table is never full). */
    private int slot(long key) {
        int mask = slots.length - 1;
        int i = hash(key) & mask;
        while (slots[i] != key && slots[i] != FREE) {
            i = (i + 1) & mask;
        }
        return i;
    }

    int size() {
        return size + (hasFree ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long key : old) {
            if (key != FREE) {
                add(key);
            }
        }
    }

    /** Mixes the bits (the keys differ mostly in a few low bits of row and column). */
    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "LongSet" + Arrays.toString(Arrays.stream(slots).filter(k -> k != FREE).sorted().toArray());
    }
}
