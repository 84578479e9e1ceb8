package org.manhal.api.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address within a sliding window
 * ({@link SecuritySettings.SignIn}); while either is over its limit, sign-ins of that account or
 * from that client are refused with 429 and {@code Retry-After} before their password is even
 * checked, so guessing gets no answer. In memory, per instance: behind several instances each
 * counts its own share, which still bounds the guesses per minute.
 */
@Component
class SignInThrottle {

    /** Keys kept at most: a flood of made-up account names must not fill the heap. */
    private static final int MAX_KEYS = 100_000;

    private final SecuritySettings.SignIn limits;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    SignInThrottle(SecuritySettings settings) {
        this.limits = settings.signIn();
    }

    /** Seconds until a sign-in of {@code account} from {@code client} is heard again; 0 when it is now. */
    long retryAfterSeconds(String account, String client) {
        long now = System.currentTimeMillis();
        return Math.max(wait("account:" + account, limits.maxFailuresPerAccount(), now),
                wait("client:" + client, limits.maxFailuresPerClient(), now));
    }

    void failed(String account, String client) {
        long now = System.currentTimeMillis();
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        record("account:" + account, now);
        record("client:" + client, now);
    }

    private void record(String key, long now) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private long wait(String key, int max, long now) {
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
            return Math.max(1, Duration.ofMillis(oldest + limits.window().toMillis() - now).toSeconds() + 1);
        }
    }

    private void prune(Deque<Long> times, long now) {
        long cutoff = now - limits.window().toMillis();
        while (!times.isEmpty() && times.peekFirst() < cutoff) {
            times.pollFirst();
        }
    }
}
