package org.manhal.count.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The primitive set behaves like a {@code HashSet<Long>}, across growth and with the key 0. */
class LongSetUnitTests {

    @Test
    void agreesWithHashSetAcrossGrowth() {
        LongSet set = new LongSet(4);
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            long key = CountGrid.key(random.nextInt(11), random.nextInt(-2000, 2000), random.nextInt(-2000, 2000));
            assertThat(set.add(key)).isEqualTo(reference.add(key));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (int i = 0; i < 50_000; i++) {
            long key = CountGrid.key(random.nextInt(11), random.nextInt(-2000, 2000), random.nextInt(-2000, 2000));
            assertThat(set.contains(key)).isEqualTo(reference.contains(key));
        }
    }

    @Test
    void holdsZeroLikeAnyOtherKey() {
        LongSet set = new LongSet(1);
        assertThat(set.contains(0L)).isFalse();
        assertThat(set.add(0L)).isTrue();
        assertThat(set.add(0L)).isFalse();
        assertThat(set.contains(0L)).isTrue();
        assertThat(set.size()).isEqualTo(1);
    }
}
