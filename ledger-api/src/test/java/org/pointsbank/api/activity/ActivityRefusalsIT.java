package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.activity.ActivityDesk.checkInCard;
import static org.pointsbank.api.activity.ActivityDesk.checkOutCard;
import static org.pointsbank.api.activity.ActivityDesk.close;
import static org.pointsbank.api.activity.ActivityDesk.line;
import static org.pointsbank.api.activity.ActivityDesk.planned;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * The close credits under the same rules as a single credit, attendee by attendee: a card at its daily cap or no
 * longer active is refused with its code, and the others are credited all the same; an activity in a month
 * closed meanwhile is refused for everyone, and is closed all the same (nothing is left hanging).
 */
class ActivityRefusalsIT extends IntegrationTest {

    private void at(LocalDate day, String time) {
        clock.travelTo(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant());
    }

    @Test
    void aCardAtItsDailyCapAndAClosedCardAreRefusedAndTheRestCredited() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2116, 4, 8);
        at(day, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String capped = ledger.card(station);
        String closedCard = ledger.card(station);
        String fine = ledger.card(station);
        ledger.credited(capped, station, 720, day);
        String id = planned(staff, station, "VOLUNTEER", day, "09:00", "10:00", null, false);
        at(day, "08:59"); // before the window: counted from its start
        for (String card : List.of(capped, closedCard, fine)) {
            assertThat(checkInCard(staff, id, card).status()).isEqualTo(200);
        }
        ApiResponse closure = admin.post(
                "/api/v1/cards/" + closedCard + "/closure", ActivityDesk.key(), "{\"reason\":\"card lost\"}");
        assertThat(closure.status()).as(closure.toString()).isIn(200, 201);
        at(day, "10:00");
        for (String card : List.of(capped, closedCard, fine)) {
            assertThat(checkOutCard(staff, id, card).status()).isEqualTo(200);
        }

        ApiResponse closed = close(staff, id, ActivityDesk.key());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(ActivityFlowIT.credited(closed.json())).containsExactly(fine + " 60 10");
        assertThat(refused(closed.json()))
                .containsExactlyInAnyOrder(capped + " DAILY_LIMIT_EXCEEDED", closedCard + " CARD_NOT_ACTIVE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(admin.get("/api/v1/cards/" + fine).json().get("balance").asLong())
                    .isEqualTo(10);
            assertThat(admin.get("/api/v1/cards/" + capped)
                            .json()
                            .get("balance")
                            .asLong())
                    .isEqualTo(120);
            JsonNode refusedLine = line(staff, id, capped);
            assertThat(refusedLine.get("status").asText()).isEqualTo("REFUSED");
            assertThat(refusedLine.get("refusal").asText()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        });
    }

    @Test
    void anActivityInAMonthClosedMeanwhileIsRefusedForEveryAttendeeAndStillClosed() {
        ActivityDesk desk = new ActivityDesk(admin);
        LocalDate day = LocalDate.of(2116, 5, 20);
        at(day, "08:00");
        String station = ledger.station();
        ApiClient staff = desk.staffOf(station);
        String first = ledger.card(station);
        String second = ledger.card(station);
        String id = planned(staff, station, "STUDY", day, "09:00", "11:00", null, false);
        at(day, "08:59"); // before the window: counted from its start
        assertThat(checkInCard(staff, id, first).status()).isEqualTo(200);
        assertThat(checkInCard(staff, id, second).status()).isEqualTo(200);
        at(day, "11:00");
        assertThat(checkOutCard(staff, id, first).status()).isEqualTo(200);
        assertThat(checkOutCard(staff, id, second).status()).isEqualTo(200);

        clock.travelTo(LocalDate.of(2116, 6, 2));
        ApiResponse month = admin.post("/api/v1/periods/2116-05/close", ActivityDesk.key(), "{}");
        assertThat(month.status()).as(month.toString()).isEqualTo(201);
        ApiResponse closed = close(staff, id, ActivityDesk.key());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("credited")).isEmpty();
        assertThat(refused(closed.json()))
                .containsExactlyInAnyOrder(first + " PERIOD_CLOSED", second + " PERIOD_CLOSED");
        assertThat(admin.get("/api/v1/cards/" + first).json().get("balance").asLong())
                .isZero();
    }

    private static List<String> refused(JsonNode close) {
        List<String> lines = new ArrayList<>();
        close.get("refused")
                .forEach(r ->
                        lines.add(r.get("cardId").asText() + " " + r.get("code").asText()));
        return lines;
    }
}
