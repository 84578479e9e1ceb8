package org.manhal.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The backoff, the subscribers' event filter and the signature, without Spring. */
class WebhookPropertiesUnitTests {

    private static WebhookProperties withDelays(Duration base, Duration max) {
        return new WebhookProperties(List.of(), Duration.ofSeconds(5), base, max, 10, Duration.ofSeconds(5), 20);
    }

    @Test
    void eachFailureWaitsFourTimesLongerUpToTheMaximum() {
        WebhookProperties p = withDelays(Duration.ofSeconds(30), Duration.ofHours(6));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 30).stream().map(p::backoff).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8), Duration.ofMinutes(32),
                Duration.ofMinutes(128), Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
    }

    @Test
    void aSubscriberWithoutEventsWantsEveryEventAndOneWithEventsOnlyThose() {
        var all = new WebhookProperties.Subscriber("http://portal.example/hooks", "s", null);
        var some = new WebhookProperties.Subscriber("http://sms.example/hooks", "s", List.of("ApplicationApproved"));
        assertThat(all.wants("PermitRevoked")).isTrue();
        assertThat(some.wants("ApplicationApproved")).isTrue();
        assertThat(some.wants("PermitRevoked")).isFalse();
    }

    @Test
    void aSubscriberWithoutSecretIsRefused() {
        assertThatThrownBy(() -> new WebhookProperties.Subscriber("http://portal.example/hooks", " ", List.of()))
                .hasMessageContaining("secret");
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // computed apart: printf '1700000000.{}' | openssl dgst -sha256 -hmac key
        assertThat(WebhookSignature.header("key", 1700000000, "{}"))
                .isEqualTo("t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae");
    }
}
