package org.manhal.api.security;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address within a sliding window
 * ({@link SecuritySettings.SignIn}); while either is over its limit, sign-ins of that account or
 * from that client are refused with 429 and {@code Retry-After} before their password is even
 * checked, so guessing gets no answer ({@link FailureWindow}: in memory, per instance).
 */
@Component
class SignInThrottle {

    private final SecuritySettings.SignIn limits;
    private final FailureWindow failures;

    SignInThrottle(SecuritySettings settings) {
        this.limits = settings.signIn();
        this.failures = new FailureWindow(limits.window());
    }

    /** Seconds until a sign-in of {@code account} from {@code client} is heard again; 0 when it is now. */
    long retryAfterSeconds(String account, String client) {
        return Math.max(failures.retryAfterSeconds("account:" + account, limits.maxFailuresPerAccount()),
                failures.retryAfterSeconds("client:" + client, limits.maxFailuresPerClient()));
    }

    void failed(String account, String client) {
        failures.failed("account:" + account);
        failures.failed("client:" + client);
    }
}
