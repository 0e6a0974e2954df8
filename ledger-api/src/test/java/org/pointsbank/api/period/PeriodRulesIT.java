package org.pointsbank.api.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/**
 * Closing a month, its public-notice window, objections and commendations, through HTTP. Each test lives in
 * months of its own, far ahead (the service's clock travels there), so no other test credits into them.
 */
class PeriodRulesIT extends IntegrationTest {

    private ApiResponse close(String period, String body) {
        return admin.post("/api/v1/periods/" + period + "/close", key(), body);
    }

    private ApiResponse commend(String period, String body) {
        return admin.post("/api/v1/periods/" + period + "/commendations", key(), body);
    }

    private ApiResponse object(String period, String cardId, String stationId) {
        return admin.post(
                "/api/v1/periods/" + period + "/objections",
                key(),
                "{\"cardId\":\"" + cardId + "\",\"stationId\":\"" + stationId
                        + "\",\"reason\":\"hours not confirmed by the station\"}");
    }

    @Test
    void aClosedMonthRefusesLateCreditsAndReversalsAndPublishesItsStandings() {
        clock.travelTo(LocalDate.of(2101, 3, 20));
        String station = ledger.station();
        String first = ledger.card(station);
        String second = ledger.card(station);
        String marchEntry = ledger.credited(first, station, 120, LocalDate.of(2101, 3, 5)); // 20 points
        ledger.credited(second, station, 60, LocalDate.of(2101, 3, 6)); // 10 points

        clock.travelTo(LocalDate.of(2101, 4, 2));
        ledger.credited(second, station, 60, LocalDate.of(2101, 3, 31)); // late, still open
        ApiResponse closed = close("2101-03", "{\"topN\":5}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().get("noticeEndsAt").asText()).startsWith("2101-04-09");
        assertThat(lines(closed.json().get("published"), station, "all"))
                .containsExactlyElementsOf(Stream.of(first, second)
                        .sorted()
                        .map(c -> "1 " + c + " 20")
                        .toList());

        ApiResponse late = ledger.volunteer(first, station, 60, LocalDate.of(2101, 3, 28));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("PERIOD_CLOSED");
        assertThat(late.json().get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
        ApiResponse reversal = ledger.reverse(first, marchEntry);
        assertThat(reversal.status()).isEqualTo(422);
        assertThat(reversal.code()).isEqualTo("PERIOD_CLOSED");
        assertThat(ledger.volunteer(first, station, 60, LocalDate.of(2101, 4, 1))
                        .status())
                .isEqualTo(201);

        assertThat(close("2101-03", "{}").code()).isEqualTo("PERIOD_ALREADY_CLOSED");
        assertThat(close("2101-04", "{}").code()).isEqualTo("PERIOD_NOT_ENDED");
        ApiResponse ranking = admin.get("/api/v1/rankings?period=2101-03&stationId=" + station);
        assertThat(ranking.json().get("status").asText()).isEqualTo("FINAL");
        assertThat(admin.get("/api/v1/periods").json().findValuesAsText("period"))
                .contains("2101-03");
    }

    @Test
    void objectionsRunDuringTheNoticeWindowAndCommendationsComeAfterIt() {
        clock.travelTo(LocalDate.of(2102, 5, 10));
        String station = ledger.station();
        String best = ledger.card(station);
        String next = ledger.card(station);
        String third = ledger.card(station);
        ledger.credited(best, station, 180, LocalDate.of(2102, 5, 3)); // 30 points
        ledger.credited(next, station, 120, LocalDate.of(2102, 5, 4)); // 20 points
        ledger.credited(third, station, 60, LocalDate.of(2102, 5, 4)); // 10 points: not in the top 2

        clock.travelTo(LocalDate.of(2102, 6, 1));
        assertThat(commend("2102-05", "{}").code()).isEqualTo("PERIOD_NOT_CLOSED");
        assertThat(close("2102-05", "{\"topN\":2,\"noticeDays\":7}").status()).isEqualTo(201);

        ApiResponse objection = object("2102-05", next, station);
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        assertThat(object("2102-05", third, station).code()).isEqualTo("CARD_NOT_RANKED");
        assertThat(commend("2102-05", "{\"bonusPoints\":50}").code()).isEqualTo("NOTICE_WINDOW_OPEN");
        JsonNode period = admin.get("/api/v1/periods/2102-05").json();
        assertThat(period.get("objections").findValuesAsText("cardId")).containsExactly(next);
        assertThat(period.get("objections").get(0).get("filedBy").asText()).isEqualTo("admin");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(object("2102-05", best, station).code()).isEqualTo("NOTICE_WINDOW_ENDED");
        ApiResponse commended = commend("2102-05", "{\"bonusPoints\":50}");
        assertThat(commended.status()).as(commended.toString()).isEqualTo(201);
        assertThat(commended.json().get("status").asText()).isEqualTo("COMMENDED");
        assertThat(commended.json().get("commended").findValuesAsText("cardId")).containsExactly(best, next);
        assertThat(admin.get("/api/v1/periods/2102-05").json().get("status").asText())
                .isEqualTo("COMMENDED");
        assertThat(commend("2102-05", "{}").code()).isEqualTo("COMMENDATIONS_ALREADY_CONFIRMED");

        await().untilAsserted(() -> {
            JsonNode card = admin.get("/api/v1/cards/" + best).json();
            assertThat(card.get("balance").asLong()).isEqualTo(80);
            assertThat(card.get("commendations").get(0).get("period").asText()).isEqualTo("2102-05");
            assertThat(card.get("commendations").get(0).get("rank").asInt()).isEqualTo(1);
        });
        assertThat(admin.get("/api/v1/cards/" + third).json().get("commendations"))
                .isEmpty();
        // the bonus is an ordinary entry: on the statement, reversible, never in a ranking
        JsonNode bonus = await().until(
                        () -> admin.get("/api/v1/cards/" + best + "/entries")
                                .json()
                                .get("entries"),
                        entries -> entries.toString().contains("COMMENDATION_BONUS"));
        String bonusEntry = null;
        for (JsonNode entry : bonus) {
            if (entry.get("type").asText().equals("COMMENDATION_BONUS")) {
                bonusEntry = entry.get("entryId").asText();
            }
        }
        assertThat(ledger.reverse(best, bonusEntry).status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/rankings?period=2102-06&stationId=" + station)
                        .json()
                        .get("entries"))
                .isEmpty();
        await().untilAsserted(() -> assertThat(
                        admin.get("/api/v1/audit/reconciliation").json().get("differences"))
                .isEmpty());
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        ApiResponse month13 = close("2026-13", "{}");
        assertThat(month13.status()).isEqualTo(400);
        assertThat(month13.code()).isEqualTo("INVALID_PERIOD");
        assertThat(close("1999-01", "{\"topN\":0}").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/rankings?category=gold").code()).isEqualTo("INVALID_CATEGORY");
        assertThat(admin.get("/api/v1/rankings?limit=0").code()).isEqualTo("INVALID_LIMIT");
        assertThat(admin.get("/api/v1/rankings?stationId=nowhere-" + UUID.randomUUID())
                        .code())
                .isEqualTo("STATION_NOT_FOUND");
        assertThat(admin.get("/api/v1/periods/1999-02").code()).isEqualTo("PERIOD_NOT_FOUND");
        assertThat(commend("1999-03", "{\"bonusPoints\":5000}").status()).isEqualTo(400);
    }

    /** "rank cardId points" of one standings list in a published ranking. */
    private static List<String> lines(JsonNode published, String stationId, String category) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : published) {
            if (stationId.equals(line.path("stationId").asText(null))
                    && category.equals(line.get("category").asText())) {
                lines.add(line.get("rank").asInt() + " " + line.get("cardId").asText() + " "
                        + line.get("points").asLong());
            }
        }
        return lines;
    }
}
