package org.manhal.spacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

class PermitSlotsUnitTests {

    @Test
    void noMoreDecisionsRunAtOnceThanThereAreSlots() throws Exception {
        PermitSlots slots = new PermitSlots(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 40; i++) {
                pool.submit(() -> slots.decide(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return null;
                }));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aDecisionInsideADecisionTakesNoSecondSlot() {
        PermitSlots slots = new PermitSlots(1, Duration.ofMillis(50));
        // the approval of an application and the permit it grants: one slot, no self-deadlock
        assertThat(slots.decide(() -> slots.decide(() -> "granted"))).isEqualTo("granted");
    }

    @Test
    void aDecisionThatFindsNoSlotInTimeIsRefusedAsRetryableAndDoesNotRun() throws Exception {
        PermitSlots slots = new PermitSlots(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> slots.decide(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicInteger ran = new AtomicInteger();
            assertThatThrownBy(() -> slots.decide(ran::incrementAndGet)).isInstanceOf(CannotAcquireLockException.class);
            assertThat(ran.get()).isZero();
            assertThat(slots.waiting()).isZero();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            // the slot came back
            assertThat(slots.decide(() -> "next")).isEqualTo("next");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aSlotIsReturnedWhenTheDecisionFails() {
        PermitSlots slots = new PermitSlots(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> slots.decide(() -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(slots.decide(() -> "after")).isEqualTo("after");
    }

    @Test
    void atLeastOneSlot() {
        assertThatThrownBy(() -> new PermitSlots(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
