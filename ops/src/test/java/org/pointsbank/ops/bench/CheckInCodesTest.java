package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T14:20:00Z");

    @Test
    void readsTheCodeAgainJustAfterItExpires() {
        assertThat(CheckInCodes.delay(NOW.plusSeconds(7), NOW)).isEqualTo(Duration.ofMillis(7_100));
    }

    @Test
    void neverWaitsLongerThanTenSecondsNorShorterThanAQuarterSecond() {
        assertThat(CheckInCodes.delay(NOW.plusSeconds(30), NOW)).isEqualTo(Duration.ofSeconds(10));
        assertThat(CheckInCodes.delay(NOW.minusSeconds(3), NOW)).isEqualTo(Duration.ofMillis(250));
        assertThat(CheckInCodes.delay(NOW, NOW)).isEqualTo(Duration.ofMillis(250));
    }
}
