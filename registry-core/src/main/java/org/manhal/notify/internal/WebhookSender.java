package org.manhal.notify.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the due outbox rows, one attempt each, and records the outcome: a 2xx answer delivers
 * the row; any other answer, a timeout or a refused connection schedules the next attempt after
 * {@link WebhookProperties#backoff}, until {@link WebhookProperties#maxAttempts()}, then the row
 * is {@code failed}.
 *
 * <p>A row is claimed, not locked through the request: one statement takes the due rows
 * {@code for update skip locked}, counts the attempt and moves {@code next_attempt_at} past a
 * lease longer than an attempt may take, so another instance (or this one's next round) skips
 * it while it is sent, and no connection is held while a subscriber is slow. An instance that
 * dies mid-request leaves the row to be sent again after the lease: delivery is at least once,
 * and receivers deduplicate by the event id.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    /** The longest error text kept per row. */
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;

    WebhookSender(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        // HTTP/1.1: an h2c upgrade attempt would only cost a round trip with most receivers
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public synchronized void start() {
        if (properties.subscribers().isEmpty()) {
            return; // nothing is written without subscribers
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        long every = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sendDue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** One round: claims the due rows and attempts each; never throws, so the schedule goes on. */
    void sendDue() {
        try {
            for (Claimed c : claim()) {
                attempt(c);
            }
        } catch (RuntimeException e) {
            log.warn("webhook round failed; the rows are retried after their lease", e);
        }
    }

    private record Claimed(long id, UUID eventId, String url, String payload, int attempts) {
    }

    private List<Claimed> claim() {
        Duration lease = properties.timeout().multipliedBy(2).plusSeconds(30);
        return jdbc.sql("""
                update webhook_delivery set attempts = attempts + 1, next_attempt_at = now() + ?::interval
                where id in (select id from webhook_delivery
                             where delivered_at is null and failed_at is null and next_attempt_at <= now()
                             order by next_attempt_at limit ? for update skip locked)
                returning id, event_id, subscriber_url, payload, attempts""")
                .params(lease.toMillis() + " milliseconds", properties.batchSize())
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    private void attempt(Claimed c) {
        var subscriber = properties.subscriber(c.url());
        if (subscriber.isEmpty()) {
            fail(c, null, "the subscriber is no longer configured");
            return;
        }
        try {
            HttpResponse<Void> r = http.send(request(c, subscriber.get().secret()), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 == 2) {
                jdbc.sql("update webhook_delivery set delivered_at = now(), last_status = ?, last_error = null where id = ?")
                        .params(r.statusCode(), c.id()).update();
            } else {
                retry(c, r.statusCode(), "HTTP " + r.statusCode());
            }
        } catch (IOException | RuntimeException e) {
            retry(c, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the lease gives the row back
        }
    }

    private HttpRequest request(Claimed c, String secret) {
        long t = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(c.url())).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Manhal-Event-Id", c.eventId().toString())
                .header("Manhal-Timestamp", Long.toString(t))
                .header("Manhal-Signature", WebhookSignature.header(secret, t, c.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(c.payload()))
                .build();
    }

    private void retry(Claimed c, Integer status, String error) {
        if (c.attempts() >= properties.maxAttempts()) {
            fail(c, status, error);
            return;
        }
        Duration wait = properties.backoff(c.attempts());
        jdbc.sql("""
                update webhook_delivery set next_attempt_at = now() + ?::interval, last_status = ?, last_error = ?
                where id = ?""")
                .params(wait.toMillis() + " milliseconds", status, truncate(error), c.id()).update();
    }

    private void fail(Claimed c, Integer status, String error) {
        log.warn("webhook {} to {} failed after {} attempts: {}", c.eventId(), c.url(), c.attempts(), error);
        jdbc.sql("update webhook_delivery set failed_at = now(), last_status = ?, last_error = ? where id = ?")
                .params(status, truncate(error), c.id()).update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
