package org.manhal.spacing;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;

/**
 * Bounds how many permit decisions of this instance hold a database connection at once.
 *
 * <p>Why: a permit decision waits for its neighbourhood lock ({@code NeighbourhoodLock}) inside
 * the database, holding a pooled connection all the while. When decisions in one busy
 * neighbourhood queue there, each waiter pins a connection, and a burst of them empties the pool
 * for every other request of the service (map reads, counts, registrations), which then fail
 * with 503 after the pool's connection timeout. Here the decisions beyond the first few wait in
 * a fair queue in the JVM, holding no connection, so that at most {@code manhal.permits.concurrent}
 * connections (default 2, well below the pool's 10) are ever tied up by permits; the lock in the
 * database still decides between instances.
 *
 * <p>A decision that cannot get a slot within {@code manhal.permits.queue-wait} (default 60 s)
 * is refused with {@link CannotAcquireLockException}, which the API answers as a retryable 503
 * with {@code Retry-After}; nothing is written. Slots are per thread and re-entrant, so the
 * approval of an application and the permit it grants take one slot, not two.
 */
@Component
public class PermitSlots {

    private final Semaphore slots;
    private final Duration queueWait;
    private final ThreadLocal<Boolean> held = ThreadLocal.withInitial(() -> false);

    PermitSlots(@Value("${manhal.permits.concurrent:2}") int concurrent,
                @Value("${manhal.permits.queue-wait:60s}") Duration queueWait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("manhal.permits.concurrent must be at least 1, not " + concurrent);
        }
        this.slots = new Semaphore(concurrent, true);
        this.queueWait = queueWait;
    }

    /**
     * Runs a permit decision once a slot is free; call it before the decision's transaction
     * begins, so that the wait holds no connection.
     */
    public <T> T decide(Supplier<T> decision) {
        if (held.get()) {
            return decision.get();
        }
        try {
            if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CannotAcquireLockException("no permit decision slot within " + queueWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("interrupted while waiting for a permit decision slot", e);
        }
        held.set(true);
        try {
            return decision.get();
        } finally {
            held.remove();
            slots.release();
        }
    }

    /** How many decisions wait for a slot now (for the operations metrics). */
    public int waiting() {
        return slots.getQueueLength();
    }
}
