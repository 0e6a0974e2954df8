package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesWhatOperatorsType() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void rejectsWhatItCannotRead() {
        for (String bad : new String[] {"", "5", "5q", "m5", "1h 30m", "-1s", "Pnonsense"}) {
            assertThatThrownBy(() -> Durations.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a duration");
        }
    }

    @Test
    void formatsShortToLong() {
        assertThat(Durations.format(Duration.ofMillis(2_400))).isEqualTo("2.4s");
        assertThat(Durations.format(Duration.ofSeconds(44))).isEqualTo("44s");
        assertThat(Durations.format(Duration.ofSeconds(185))).isEqualTo("3m 05s");
        assertThat(Durations.format(Duration.ofMinutes(62))).isEqualTo("1h 02m");
        assertThat(Durations.format(Duration.ofHours(1))).isEqualTo("1h 00m");
    }
}
