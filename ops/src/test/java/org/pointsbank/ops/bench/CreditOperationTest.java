package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditOperationTest {

    @Test
    void sendsSixVolunteerMinutesAsOnePointOnTheGivenDay() {
        assertThat(CreditOperation.body("bench-01", LocalDate.of(2026, 11, 15)))
                .isEqualTo(
                        "{\"stationId\":\"bench-01\",\"activity\":\"bench\",\"minutes\":6,\"occurredOn\":\"2026-11-15\"}");
    }

    @Test
    void escapesWhatCouldBreakTheJson() {
        assertThat(JsonText.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\u000ad\"");
    }

    @Test
    void makesAJdbcPayloadTheSizeOfACreditEvent() {
        byte[] payload = JdbcCreditOperation.payload(
                new BenchCard("0b6f3a52-5f7e-4c55-9a43-0c1d2e3f4a5b", "bench-01"),
                "6c1e4a9b-2f3d-4e5f-8a7b-9c0d1e2f3a4b",
                LocalDate.of(2026, 11, 15),
                java.time.Instant.parse("2026-11-15T08:30:00.123456Z"));

        assertThat(payload.length).isBetween(250, 350);
    }
}
