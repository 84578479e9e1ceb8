package org.manhal.notify.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the webhooks, under {@code manhal.webhooks.*} (documented in docs/operations.md).
 * With no subscriber, no event is written and nothing is sent.
 *
 * @param subscribers who receives the events ({@code manhal.webhooks.subscribers[i].url},
 *                    {@code .secret}, optional {@code .events}); none by default
 * @param timeout the connect and the response timeout of one attempt (default 5 s)
 * @param baseDelay the wait after the first failed attempt (default 30 s); each further failure
 *                  waits four times longer, up to {@code maxDelay}
 * @param maxDelay the longest wait between two attempts (default 6 h)
 * @param maxAttempts attempts before a delivery is given up as failed (default 10: about a day)
 * @param pollInterval how often the sender looks for due deliveries (default 5 s)
 * @param batchSize deliveries one instance claims at a time (default 20)
 */
@ConfigurationProperties("manhal.webhooks")
public record WebhookProperties(@DefaultValue List<Subscriber> subscribers, @DefaultValue("5s") Duration timeout,
                                @DefaultValue("30s") Duration baseDelay, @DefaultValue("6h") Duration maxDelay,
                                @DefaultValue("10") int maxAttempts, @DefaultValue("5s") Duration pollInterval,
                                @DefaultValue("20") int batchSize) {

    /** Refuses settings that would send unsigned or never. */
    public WebhookProperties {
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("manhal.webhooks.max-attempts and batch-size must be at least 1");
        }
    }

    /**
     * One receiver of the events.
     *
     * @param url where the events are POSTed
     * @param secret the HMAC-SHA256 key of the signature, shared with the receiver (required)
     * @param events the event types it wants ({@code ApplicationSubmitted}, ...); empty for all
     */
    public record Subscriber(String url, String secret, @DefaultValue List<String> events) {

        public Subscriber {
            if (url == null || url.isBlank() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("every manhal.webhooks.subscribers[i] needs a url and a secret");
            }
            events = events == null ? List.of() : List.copyOf(events);
        }

        /** Whether it wants events of this type. */
        boolean wants(String eventType) {
            return events.isEmpty() || events.contains(eventType);
        }
    }

    /** The subscriber configured with this URL, if it still is. */
    Optional<Subscriber> subscriber(String url) {
        return subscribers.stream().filter(s -> s.url().equals(url)).findFirst();
    }

    /** The wait after the {@code attempts}-th failed attempt: base, 4 × base, 16 × base, ... up to the maximum. */
    Duration backoff(int attempts) {
        Duration d = baseDelay;
        for (int i = 1; i < attempts && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(4);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
