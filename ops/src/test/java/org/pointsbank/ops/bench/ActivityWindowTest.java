package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ActivityWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration HOUR_AND_HALF = Duration.ofMinutes(90);

    private static ActivityWindow at(int hour, int minute, int second) {
        return ActivityWindow.around(
                ZonedDateTime.of(2026, 12, 1, hour, minute, second, 0, SHANGHAI), HALF_HOUR, HOUR_AND_HALF);
    }

    @Test
    void spansNowInWholeMinutesOfTheServiceZonesDay() {
        ActivityWindow window = at(14, 20, 45);

        assertThat(window)
                .isEqualTo(new ActivityWindow(LocalDate.of(2026, 12, 1), LocalTime.of(13, 50), LocalTime.of(15, 50)));
        assertThat(window.plannedMinutes()).isEqualTo(120);
        assertThat(window.json()).isEqualTo("\"date\":\"2026-12-01\",\"startTime\":\"13:50\",\"endTime\":\"15:50\"");
    }

    @Test
    void staysWithinTheDayNearMidnight() {
        assertThat(at(23, 10, 5))
                .isEqualTo(new ActivityWindow(LocalDate.of(2026, 12, 1), LocalTime.of(22, 40), LocalTime.of(23, 59)));
        assertThat(at(0, 10, 0))
                .isEqualTo(new ActivityWindow(LocalDate.of(2026, 12, 1), LocalTime.MIDNIGHT, LocalTime.of(1, 40)));
        assertThat(at(0, 10, 0).json()).contains("\"startTime\":\"00:00\"");
    }

    @Test
    void isTodayInTheZoneGivenNotInUtc() {
        ZonedDateTime utcEvening = ZonedDateTime.of(2026, 12, 1, 16, 10, 0, 0, ZoneId.of("UTC"));

        ActivityWindow window =
                ActivityWindow.around(utcEvening.withZoneSameInstant(SHANGHAI), HALF_HOUR, HOUR_AND_HALF);

        assertThat(window.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(window.start()).isEqualTo(LocalTime.MIDNIGHT);
    }
}
