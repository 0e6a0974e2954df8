package org.pointsbank.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.config.PointsBankProperties;

/** The lock arithmetic per (username, address), on a clock the test moves. */
class SignInThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new PointsBankProperties.Limits(
                    65536, 200, 400, 5, Duration.ofSeconds(60), Duration.ofMinutes(5), 5, 20, 1),
            clock);

    private void fail(int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed("admin", address);
        }
    }

    private void wait(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Test
    void locksAPairAtTheThresholdAndNotBefore() {
        fail(4, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
        fail(1, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void eachFailureAfterALockDoublesItUpToTheCap() {
        fail(5, "10.0.0.1");
        wait(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
        fail(1, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(120));
        wait(Duration.ofSeconds(121));
        fail(1, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(240));
        wait(Duration.ofSeconds(241));
        fail(1, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofMinutes(5));
        wait(Duration.ofMinutes(6));
        fail(30, "10.0.0.1");
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofMinutes(5));
    }

    @Test
    void aStrangersFailuresElsewhereNeverLockTheUserAtTheirOwnAddress() {
        fail(50, "203.0.113.9");
        assertThat(throttle.lockedFor("admin", "203.0.113.9")).isPresent();
        assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
        assertThat(throttle.lockedFor("other", "203.0.113.9")).isEmpty();
    }

    @Test
    void aSuccessForgetsOnlyItsOwnAddressesFailures() {
        fail(4, "203.0.113.9");
        fail(4, "10.0.0.1");
        throttle.succeeded("admin", "10.0.0.1");

        fail(1, "203.0.113.9");
        fail(1, "10.0.0.1");

        assertThat(throttle.lockedFor("admin", "203.0.113.9"))
                .as("the attacker's count went on")
                .isPresent();
        assertThat(throttle.lockedFor("admin", "10.0.0.1"))
                .as("the victim's count started again")
                .isEmpty();
    }
}
