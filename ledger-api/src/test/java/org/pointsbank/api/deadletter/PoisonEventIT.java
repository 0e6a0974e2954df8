package org.pointsbank.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.api.input.TextCheck;
import org.pointsbank.api.projection.Projections;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A credit whose free text PostgreSQL's text refuses (a NUL; a lone surrogate) gets into the log when the
 * boundary check is off or bypassed: through the API with the check switched off, or straight to the command side. It must stop nothing: its card's
 * statement parks it and the card's later events behind it, every other card flows, the parked events are
 * visible, counted and retried, and the queries over stored payloads (reconciliation, closing a month) answer.
 */
class PoisonEventIT extends IntegrationTest {

    private static final String STATEMENT = "statement_entry";

    @Autowired
    private CommandGateway commands;

    @Autowired
    private Projections projections;

    @Autowired
    private EmbeddedPostgresServer database;

    @Autowired
    private TextCheck textCheck;

    @Test
    void aNulInACreditParksItsCardInTheStatementAndEverythingElseKeepsAnswering() {
        clock.travelTo(LocalDate.of(2103, 6, 15));
        String station = ledger.station();
        String poisoned = ledger.card(station);
        String other = ledger.card(station);
        String surrogate = ledger.card(station);
        String first = ledger.credited(poisoned, station, 60, LocalDate.of(2103, 6, 1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + poisoned + "/entries")
                                .json()
                                .get("entries")
                                .findValuesAsText("entryId"))
                        .containsExactly(first));
        // through the API the boundary refuses the NUL, naming the field, and records nothing ...
        String nulCredit = "{\"stationId\":\"" + station + "\",\"activity\":\"tree planting\\u0000\","
                + "\"minutes\":60,\"occurredOn\":\"2103-06-10\"}";
        ApiResponse refused = admin.post("/api/v1/cards/" + poisoned + "/volunteer-hours", key(), nulCredit);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("activity");
        assertThat(eventsOf(poisoned)).isEqualTo(2); // issued, credited once
        // ... and with the boundary check switched off the same request plants the poison event in the log
        textCheck.checkCharacters(false);
        try {
            ApiResponse planted = admin.post("/api/v1/cards/" + poisoned + "/volunteer-hours", key(), nulCredit);
            assertThat(planted.status()).as(planted.toString()).isEqualTo(201);
        } finally {
            textCheck.checkCharacters(true);
        }
        // parked first, so that the next credit meets it in the queue (in one batch both would fail together)
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked(STATEMENT, poisoned).size() == 1);
        ledger.credited(poisoned, station, 120, LocalDate.of(2103, 6, 11));
        creditDirectly(surrogate, station, "lone \uD800 surrogate", LocalDate.of(2103, 6, 12));
        String otherEntry = ledger.credited(other, station, 180, LocalDate.of(2103, 6, 12));

        // the other card flows: its statement shows the credit recorded after the poison
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + other + "/entries")
                                .json()
                                .get("entries")
                                .findValuesAsText("entryId"))
                        .contains(otherEntry));
        // the poison and the card's later credit are parked, in order, at their positions in the log
        List<Long> positions = jdbc.queryForList("""
                SELECT global_index FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number IN (2, 3) ORDER BY sequence_number""", Long.class, poisoned);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(parked(STATEMENT, poisoned))
                        .extracting(l -> l.get("position").asLong())
                        .containsExactlyElementsOf(positions));
        List<JsonNode> letters = parked(STATEMENT, poisoned);
        assertThat(letters.get(0).get("eventType").asText()).isEqualTo("VolunteerHoursCredited");
        assertThat(letters.get(0).get("attempts").asLong()).isEqualTo(1);
        assertThat(letters.get(0).get("cause").asText()).isNotBlank();
        assertThat(letters.get(0).get("firstFailedAt").asText()).isNotBlank();
        assertThat(letters.get(1).get("attempts").asLong()).isZero(); // parked behind, not tried yet
        List<String> lines = admin.get("/api/v1/cards/" + poisoned + "/entries")
                .json()
                .get("entries")
                .findValuesAsText("entryId");
        assertThat(lines).containsExactly(first);
        // the numbers of the card are no text: balance, audit trail and rankings take the event
        for (String processor : List.of("card_balance", "audit_entry", "ranking")) {
            assertThat(parked(processor, poisoned)).as(processor).isEmpty();
        }

        assertThat(gauge(STATEMENT)).isGreaterThanOrEqualTo(2);
        JsonNode statement = projection(STATEMENT);
        assertThat(statement.get("parked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(statement.get("rebuildable").asBoolean()).isTrue();
        assertThat(projection("station").get("rebuildable").asBoolean()).isTrue(); // rebuilt beside the live one
        assertThat(projection("event_hash_chain").get("rebuildable").asBoolean())
                .isFalse();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ApiResponse reconciliation = admin.get("/api/v1/audit/reconciliation");
            assertThat(reconciliation.status()).as(reconciliation.toString()).isEqualTo(200);
            assertThat(reconciliation.json().get("differences").findValuesAsText("cardId"))
                    .doesNotContain(poisoned, surrogate);
        });

        // the month closes, ranked from the log with the poisoned credits counted
        clock.travelTo(LocalDate.of(2103, 7, 2));
        ApiResponse closed = admin.post("/api/v1/periods/2103-06/close", key(), "{\"topN\":5}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        Map<String, Long> points = new java.util.HashMap<>();
        closed.json().get("published").forEach(line -> {
            if (station.equals(line.path("stationId").asText())
                    && "all".equals(line.get("category").asText())) {
                points.put(line.get("cardId").asText(), line.get("points").asLong());
            }
        });
        Long earned =
                jdbc.queryForObject("SELECT lifetime_earned FROM card_balance WHERE card_id = ?", Long.class, poisoned);
        assertThat(points).containsEntry(poisoned, earned).containsKey(other);

        // a retry without the header is refused; with it the poison still fails and stays, tried once more
        assertThat(admin.post("/api/v1/admin/dead-letters/" + STATEMENT + "/retry", null, null)
                        .code())
                .isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        ApiResponse retry = admin.post("/api/v1/admin/dead-letters/" + STATEMENT + "/retry", key(), null);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("processor").asText()).isEqualTo(STATEMENT);
        assertThat(retry.json().get("stillParked").asLong()).isGreaterThanOrEqualTo(2);
        List<JsonNode> after = parked(STATEMENT, poisoned);
        assertThat(after).extracting(l -> l.get("position").asLong()).containsExactlyElementsOf(positions);
        assertThat(after.get(0).get("attempts").asLong()).isEqualTo(2);
        assertThat(admin.post("/api/v1/admin/dead-letters/no_such_model/retry", key(), null)
                        .code())
                .isEqualTo("DEAD_LETTER_PROCESSOR_NOT_FOUND");
    }

    @Test
    void aRebuildReplaysPastThePoisonAndParksItOnceAgain() {
        String station = ledger.station();
        String poisoned = ledger.card(station);
        creditDirectly(poisoned, station, "again\u0000", today());
        String later = ledger.credited(poisoned, station, 30, today());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked(STATEMENT, poisoned).size() == 2);
        long before = letters(STATEMENT);

        projections.rebuild(STATEMENT);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !projections.isRebuilding(STATEMENT)
                        && projections.status(STATEMENT).lag() == 0);

        assertThat(parked(STATEMENT, poisoned)).hasSize(2); // cleared by the reset, parked again: not four
        assertThat(letters(STATEMENT)).isEqualTo(before);
        assertThat(admin.get("/api/v1/cards/" + poisoned + "/entries")
                        .json()
                        .get("entries")
                        .findValuesAsText("entryId"))
                .doesNotContain(later);
    }

    @Test
    void onceTheCauseIsGoneARetryAppliesTheParkedEventsInOrderAndEmptiesTheQueue() throws Exception {
        String word = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        String station = ledger.station();
        String card = ledger.card(station);
        ownerSql("ALTER TABLE statement_entry ADD CONSTRAINT " + word.replace('-', '_')
                + " CHECK (description NOT LIKE '%" + word + "%') NOT VALID");
        String refused;
        String behind;
        try {
            ApiResponse credit = admin.post(
                    "/api/v1/cards/" + card + "/volunteer-hours",
                    key(),
                    "{\"stationId\":\"" + station + "\",\"activity\":\"" + word + "\",\"minutes\":60,\"occurredOn\":\""
                            + today() + "\"}");
            assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
            refused = credit.json().get("entryId").asText();
            behind = ledger.credited(card, station, 30, today());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> parked(STATEMENT, card).size() == 2);
        } finally {
            ownerSql("ALTER TABLE statement_entry DROP CONSTRAINT " + word.replace('-', '_'));
        }

        // while the card is parked, every other card's statement keeps moving
        String other = ledger.card(station);
        String otherEntry = ledger.credited(other, station, 60, today());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(entryIds(other)).containsExactly(otherEntry));
        assertThat(parked(STATEMENT, card)).hasSize(2);

        ApiResponse retry = admin.post("/api/v1/admin/dead-letters/" + STATEMENT + "/retry", key(), null);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(parked(STATEMENT, card)).isEmpty();
        assertThat(entryIds(card)).containsExactly(refused, behind);
        // applied once: a second retry finds nothing to apply, and later events follow at once, each line once
        ApiResponse again = admin.post("/api/v1/admin/dead-letters/" + STATEMENT + "/retry", key(), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        String after = ledger.credited(card, station, 30, today());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(entryIds(card)).containsExactly(refused, behind, after));
        assertThat(parked(STATEMENT, card)).isEmpty();
    }

    private List<String> entryIds(String cardId) {
        return admin.get("/api/v1/cards/" + cardId + "/entries")
                .json()
                .get("entries")
                .findValuesAsText("entryId");
    }

    private void ownerSql(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void creditDirectly(String cardId, String stationId, String activity, LocalDate day) {
        commands.sendAndWait(
                new CreditVolunteerHours(cardId, UUID.randomUUID().toString(), stationId, activity, 60, day));
    }

    private long eventsOf(String cardId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, cardId);
    }

    private List<JsonNode> parked(String processor, String cardId) {
        ApiResponse response = admin.get("/api/v1/admin/dead-letters");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        response.json().forEach(letter -> {
            if (processor.equals(letter.get("processor").asText())
                    && cardId.equals(letter.get("sequence").asText())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    private long letters(String processor) {
        List<JsonNode> all = new ArrayList<>();
        admin.get("/api/v1/admin/dead-letters").json().forEach(l -> {
            if (processor.equals(l.get("processor").asText())) {
                all.add(l);
            }
        });
        return all.size();
    }

    private JsonNode projection(String name) {
        return admin.get("/api/v1/admin/projections/" + name).json();
    }

    private double gauge(String processor) {
        String scrape = admin.get("/actuator/prometheus", "text/plain").body();
        Matcher value = Pattern.compile(
                        "pointsbank_deadletters_parked_events\\{processor=\"" + processor + "\"[^}]*} ([0-9.Ee+]+)")
                .matcher(scrape);
        assertThat(value.find()).as(scrape).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
