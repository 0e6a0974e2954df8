package org.pointsbank.api.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/** A station desk's day through HTTP: issue a card, credit it, correct an entry, read it back. */
class CreditFlowIT extends IntegrationTest {

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(10);

    @Test
    void creditedPointsShowOnTheCardOnceTheProjectionCatchesUp() {
        String station = ledger.station();
        String card = ledger.card(station);

        ApiResponse volunteer = ledger.volunteer(card, station, 90, today());
        ApiResponse study = ledger.study(card, station, 60, today());

        assertThat(volunteer.status()).isEqualTo(201);
        assertThat(volunteer.json().get("points").asLong()).isEqualTo(15);
        assertThat(volunteer.json().get("balance").asLong()).isEqualTo(15);
        assertThat(volunteer.json().get("policyVersion").asText()).isEqualTo("v1");
        assertThat(volunteer.json().get("type").asText()).isEqualTo("VOLUNTEER_HOURS");
        assertThat(study.json().get("points").asLong()).isEqualTo(10);
        assertThat(study.json().get("balance").asLong()).isEqualTo(25);

        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode view = admin.get("/api/v1/cards/" + card).json();
            assertThat(view.get("balance").asLong()).isEqualTo(25);
            assertThat(view.get("available").asLong()).isEqualTo(25);
            assertThat(view.get("lifetimeEarned").asLong()).isEqualTo(25);
            assertThat(view.get("volunteerMinutes").asLong()).isEqualTo(90);
            assertThat(view.get("studyMinutes").asLong()).isEqualTo(60);
            assertThat(view.get("stationId").asText()).isEqualTo(station);
            assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void aReversalRestoresTheBalanceAndLinksBothLinesOfTheStatement() {
        String station = ledger.station();
        String card = ledger.card(station);
        String kept = ledger.credited(card, station, 60, today());
        String mistaken = ledger.credited(card, station, 120, today());

        ApiResponse reversal = ledger.reverse(card, mistaken);

        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().get("points").asLong()).isEqualTo(-20);
        assertThat(reversal.json().get("balance").asLong()).isEqualTo(10);
        assertThat(reversal.json().get("reverses").asText()).isEqualTo(mistaken);
        assertThat(reversal.json().get("type").asText()).isEqualTo("REVERSAL");
        String reversalId = reversal.json().get("entryId").asText();

        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode lines =
                    admin.get("/api/v1/cards/" + card + "/entries").json().get("entries");
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0).get("entryId").asText()).isEqualTo(kept);
            assertThat(lines.get(1).get("reversedBy").asText()).isEqualTo(reversalId);
            assertThat(lines.get(2).get("reverses").asText()).isEqualTo(mistaken);
            assertThat(List.of(
                            lines.get(0).get("runningBalance").asLong(),
                            lines.get(1).get("runningBalance").asLong(),
                            lines.get(2).get("runningBalance").asLong()))
                    .containsExactly(10L, 30L, 10L);
            JsonNode view = admin.get("/api/v1/cards/" + card).json();
            assertThat(view.get("balance").asLong()).isEqualTo(10);
            assertThat(view.get("volunteerMinutes").asLong()).isEqualTo(60);
        });
    }

    @Test
    void theBalanceAsOfAnInstantIsTheOneRecordedThen() {
        String station = ledger.station();
        String card = ledger.card(station);
        ApiResponse first = ledger.volunteer(card, station, 60, today());
        String second = ledger.credited(card, station, 120, today());
        ApiResponse reversal = ledger.reverse(card, second);
        Instant firstAt = Instant.parse(first.json().get("recordedAt").asText());
        Instant reversedAt = Instant.parse(reversal.json().get("recordedAt").asText());

        await().atMost(PROJECTION_WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card + "/entries")
                                .json()
                                .get("entries"))
                        .hasSize(3));

        assertThat(balanceAsOf(card, firstAt.minusNanos(1000))).isZero();
        assertThat(balanceAsOf(card, firstAt)).isEqualTo(10);
        assertThat(balanceAsOf(card, reversedAt.minusNanos(1000))).isEqualTo(30);
        assertThat(balanceAsOf(card, reversedAt)).isEqualTo(10);
        assertThat(admin.get("/api/v1/cards/" + card + "/balance")
                        .json()
                        .get("balance")
                        .asLong())
                .isEqualTo(10);
    }

    @Test
    void aStatementPagesWithACursorAndExportsAsCsv() {
        String station = ledger.station();
        String card = ledger.card(station);
        for (int i = 0; i < 5; i++) {
            ledger.credited(card, station, 60, today().minusDays(i));
        }
        await().atMost(PROJECTION_WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card + "/entries")
                                .json()
                                .get("entries"))
                        .hasSize(5));

        JsonNode page1 = admin.get("/api/v1/cards/" + card + "/entries?limit=2").json();
        JsonNode page2 = admin.get("/api/v1/cards/" + card + "/entries?limit=2&cursor="
                        + page1.get("nextCursor").asText())
                .json();
        JsonNode page3 = admin.get("/api/v1/cards/" + card + "/entries?limit=2&cursor="
                        + page2.get("nextCursor").asText())
                .json();
        assertThat(page1.get("entries")).hasSize(2);
        assertThat(page2.get("entries").get(0).get("runningBalance").asLong()).isEqualTo(30);
        assertThat(page3.get("entries")).hasSize(1);
        assertThat(page3.get("nextCursor").isNull()).isTrue();

        ApiResponse csv = admin.get("/api/v1/cards/" + card + "/entries", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).startsWith("entryId,type,stationId");
        assertThat(rows.get(5)).contains(",VOLUNTEER_HOURS," + station + ",park cleanup,60,10,50,");
    }

    @Test
    void aStatementBetweenTwoInstantsHoldsOnlyWhatWasRecordedBetweenThem() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        Instant from = Instant.parse(ledger.volunteer(card, station, 60, today())
                .json()
                .get("recordedAt")
                .asText());
        Instant to = Instant.parse(ledger.volunteer(card, station, 60, today())
                .json()
                .get("recordedAt")
                .asText());
        await().atMost(PROJECTION_WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card + "/entries")
                                .json()
                                .get("entries"))
                        .hasSize(3));

        JsonNode between = admin.get("/api/v1/cards/" + card + "/entries?from=" + from + "&to=" + to)
                .json();

        assertThat(between.get("entries")).hasSize(1);
        assertThat(between.get("entries").get(0).get("runningBalance").asLong()).isEqualTo(20);
    }

    @Test
    void everyEventNamesItsActorAndCorrelationAndNoEventHoldsPersonalData() throws Exception {
        String station = ledger.station();
        ApiResponse issued = admin.send(
                "POST",
                "/api/v1/cards",
                "{\"stationId\":\"" + station
                        + "\",\"holder\":{\"name\":\"Zhang Xiuying\",\"phone\":\"+86 139 1234 5678\"}}",
                java.util.Map.of(
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        key(),
                        "X-Correlation-Id",
                        "desk-42-request-7"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String card = issued.json().get("cardId").asText();

        List<byte[]> metadata = jdbc.queryForList(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, card);
        assertThat(metadata).hasSize(1);
        JsonNode meta = new ObjectMapper().readTree(metadata.get(0));
        assertThat(meta.get("actor").asText()).isEqualTo("admin");
        assertThat(meta.get("correlationId").asText()).isEqualTo("desk-42-request-7");
        assertThat(issued.header("X-Correlation-Id")).isEqualTo("desk-42-request-7");

        List<String> stored = jdbc.query(
                "SELECT payload, meta_data FROM domain_event_entry",
                (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)
                        + new String(rs.getBytes(2), StandardCharsets.UTF_8));
        assertThat(stored).noneMatch(s -> s.contains("Zhang") || s.contains("1234 5678"));
        assertThat(jdbc.queryForObject("SELECT name FROM card_holder WHERE card_id = ?", String.class, card))
                .isEqualTo("Zhang Xiuying");
    }

    private long balanceAsOf(String card, Instant instant) {
        ApiResponse response = admin.get("/api/v1/cards/" + card + "/balance?asOf=" + instant);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("balance").asLong();
    }
}
