package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sign-in throttle's counting, without a service: per account and per client address, in a window. */
class SignInThrottleUnitTests {

    private static SignInThrottle throttle(int perAccount, int perClient, Duration window) {
        return new SignInThrottle(new SecuritySettings(new SecuritySettings.Oidc("", "", "roles", "", "governorates",
                "preferred_username", "organisation"), new SecuritySettings.SignIn(perAccount, perClient, window),
                new SecuritySettings.PublicLookup(10, window), 600, 1 << 24, List.of(), ""));
    }

    @Test
    void anAccountIsRefusedAfterItsFailuresWhateverTheClient() {
        SignInThrottle t = throttle(3, 100, Duration.ofMinutes(15));
        t.failed("staff", "10.0.0.1");
        t.failed("staff", "10.0.0.2");
        assertThat(t.retryAfterSeconds("staff", "10.0.0.3")).isZero();
        t.failed("staff", "10.0.0.3");

        assertThat(t.retryAfterSeconds("staff", "10.0.0.9")).isBetween(1L, 15 * 60L + 1);
        assertThat(t.retryAfterSeconds("planner", "10.0.0.9")).isZero();
    }

    @Test
    void aClientIsRefusedAfterItsFailuresWhateverTheAccount() {
        SignInThrottle t = throttle(100, 4, Duration.ofMinutes(15));
        for (String account : new String[] {"a", "b", "c", "d"}) {
            t.failed(account, "192.0.2.7");
        }

        assertThat(t.retryAfterSeconds("admin", "192.0.2.7")).isPositive();
        assertThat(t.retryAfterSeconds("admin", "192.0.2.8")).isZero();
    }

    @Test
    void failuresOutsideTheWindowNoLongerCount() throws InterruptedException {
        SignInThrottle t = throttle(2, 100, Duration.ofMillis(50));
        t.failed("auditor", "198.51.100.1");
        t.failed("auditor", "198.51.100.1");
        assertThat(t.retryAfterSeconds("auditor", "198.51.100.1")).isPositive();
        Thread.sleep(120);

        assertThat(t.retryAfterSeconds("auditor", "198.51.100.1")).isZero();
    }

    @Test
    void masksAllButTheLastThreeCharactersOfACivilId() {
        assertThat(PersonalDataAccess.maskCivilId("12345678")).isEqualTo("*****678");
        assertThat(PersonalDataAccess.maskCivilId("12")).isEqualTo("**");
        assertThat(PersonalDataAccess.maskCivilId(null)).isNull();
    }
}
