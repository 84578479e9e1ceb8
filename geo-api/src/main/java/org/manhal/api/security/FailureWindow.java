package org.manhal.api.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures per key (an account, a client address) within a sliding window, and how long a key
 * over its limit must wait. In memory, per instance: behind several instances each counts its
 * own share, which still bounds the guesses per window. Used by the sign-in throttle and the
 * public lookups' throttle.
 */
final class FailureWindow {

    /** Keys kept at most: a flood of made-up account names or addresses must not fill the heap. */
    private static final int MAX_KEYS = 100_000;

    private final Duration window;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    FailureWindow(Duration window) {
        this.window = window;
    }

    void failed(String key) {
        long now = System.currentTimeMillis();
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    /** Seconds until {@code key}, allowed {@code max} failures per window, is heard again; 0 when it is now. */
    long retryAfterSeconds(String key, int max) {
        long now = System.currentTimeMillis();
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return 0;
            }
            // the oldest failure that keeps the count at the limit must leave the window
            long oldest = times.stream().skip(times.size() - max).findFirst().orElse(now);
            return Math.max(1, Duration.ofMillis(oldest + window.toMillis() - now).toSeconds() + 1);
        }
    }

    private void prune(Deque<Long> times, long now) {
        long cutoff = now - window.toMillis();
        while (!times.isEmpty() && times.peekFirst() < cutoff) {
            times.pollFirst();
        }
    }
}
