package org.manhal.api.security;

import java.util.function.Supplier;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.springframework.stereotype.Component;

/**
 * Bounds the guessing of the public lookups: a citizen's application by reference and access
 * code, a permit by its number. Each lookup that finds nothing counts against the client's
 * address ({@link SecuritySettings.PublicLookup}); over the limit, its lookups are refused with
 * 429 and {@code Retry-After} before the database is asked, the right answer included, so a
 * guesser learns nothing more until the window has passed.
 */
@Component
public class PublicLookupThrottle {

    /** Refused: too many lookups from this client found nothing lately. */
    public static final class TooManyFailures extends RuntimeException {

        private final long retryAfterSeconds;

        TooManyFailures(long retryAfterSeconds) {
            super("too many failed public lookups, retry in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        public Text text() {
            return new Text("عمليات بحث كثيرة لم تجد شيئاً من هذا العنوان: أعد المحاولة بعد " + retryAfterSeconds + " ثانية.",
                    "Too many lookups from this address found nothing: try again in " + retryAfterSeconds + " s.");
        }
    }

    private final SecuritySettings.PublicLookup limits;
    private final FailureWindow failures;

    PublicLookupThrottle(SecuritySettings settings) {
        this.limits = settings.publicLookup();
        this.failures = new FailureWindow(limits.window());
    }

    /**
     * The answer of {@code lookup} for {@code client}; a {@link NotFoundException} counts as a
     * failure and goes on to the caller.
     *
     * @throws TooManyFailures when the client is over its limit (the lookup is not made)
     */
    public <T> T lookUp(String client, Supplier<T> lookup) {
        long wait = failures.retryAfterSeconds(client, limits.maxFailuresPerClient());
        if (wait > 0) {
            throw new TooManyFailures(wait);
        }
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            failures.failed(client);
            throw e;
        }
    }
}
