package org.manhal.api.ows;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * MapServer's part of the service's health ({@code mapServer} under {@code /actuator/health} and in
 * the readiness group, docs/operations.md): UP when a WMS GetCapabilities through the same path as
 * {@code /ows} answers, DOWN when MapServer cannot be reached, is too slow or fails. The answer is
 * kept for a few seconds, so that probes every second do not start a CGI process each; the reason
 * of a DOWN is a word, never MapServer's page (it names files and the database).
 */
@Component("mapServer")
class MapServerHealth implements HealthIndicator {

    private static final Duration KEPT = Duration.ofSeconds(5);
    private static final String PROBE = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities";

    private final OwsService ows;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.EPOCH;

    MapServerHealth(OwsService ows) {
        this.ows = ows;
    }

    @Override
    public Health health() {
        Instant now = Instant.now();
        if (last == null || now.isAfter(checkedAt.plus(KEPT))) {
            last = probe();
            checkedAt = now;
        }
        return last;
    }

    private Health probe() {
        try (MapServerAnswer answer = ows.get(PROBE)) {
            byte[] head = answer.body().readNBytes(2048);
            boolean capabilities = new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("WMS_Capabilities");
            return capabilities ? Health.up().build() : Health.down().withDetail("reason", "unexpected answer").build();
        } catch (MapServerException e) {
            return Health.down().withDetail("reason", e.kind().name().toLowerCase(java.util.Locale.ROOT)).build();
        } catch (java.io.IOException | RuntimeException e) {
            return Health.down().withDetail("reason", "unreachable").build();
        }
    }
}
