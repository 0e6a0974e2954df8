package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deployment whose card read models had a processor each (their tokens moved to {@code read_model_handover} by the
 * migration) and stood at different places: the shared processor starts at the lowest, and each read model takes
 * every event once, the rankings (whose sums a second delivery would double) included.
 */
class ProcessorHandoverIT extends IntegrationTest {

    private static final String SHARED = SharedProcessors.CARD_READ_MODELS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ProcessorHandover handover;

    @Test
    void theSharedProcessorStartsAtTheLowestOldTokenAndNoReadModelTakesAnEventTwice() throws Exception {
        StreamingEventProcessor processor =
                processing.eventProcessor(SHARED, StreamingEventProcessor.class).orElseThrow();
        String station = ledger.station();
        String card = ledger.card(station);
        credit(card, station);
        byte[] behind = tokenAfterCatchingUp(processor, card, 1);
        processor.start();
        credit(card, station);
        byte[] ahead = tokenAfterCatchingUp(processor, card, 2);
        credit(card, station); // recorded while no processor runs

        // as the migration leaves it: the rankings had taken the second credit, the balance and statement had not
        // (their rows as their old processor would have left them at the first credit's position)
        Map<String, Object> second = jdbc.queryForMap(
                "SELECT entry_id, points, minutes FROM statement_entry WHERE card_id = ? AND card_sequence = 2", card);
        jdbc.update("DELETE FROM statement_entry WHERE entry_id = ?", second.get("entry_id"));
        jdbc.update("""
                UPDATE card_balance SET balance = balance - ?, lifetime_earned = lifetime_earned - ?,
                                        volunteer_minutes = volunteer_minutes - ?, last_sequence = 1
                 WHERE card_id = ?""", second.get("points"), second.get("points"), second.get("minutes"), card);
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", SHARED);
        handedOver("card_balance", behind);
        handedOver("statement_entry", behind);
        handedOver("ranking", ahead);
        try {
            handover.begin();

            assertThat(JSON.readTree(token()).path("index").asLong())
                    .as("the lowest of the three")
                    .isEqualTo(JSON.readTree(behind).path("index").asLong())
                    .isLessThan(JSON.readTree(ahead).path("index").asLong());
            processor.start();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(statementLines(card)).hasSize(3);
                assertThat(jdbc.queryForList("SELECT read_model FROM read_model_handover", String.class))
                        .as("over once the shared processor has passed every old position")
                        .isEmpty();
            });
            Long earned =
                    jdbc.queryForObject("SELECT lifetime_earned FROM card_balance WHERE card_id = ?", Long.class, card);
            assertThat(earned)
                    .as("the balance took the second credit once, after its old position")
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT sum(points) FROM statement_entry WHERE card_id = ?", Long.class, card))
                    .isPositive();
            assertThat(jdbc.queryForObject(
                            "SELECT sum(volunteer_points) FROM ranking_total WHERE card_id = ?", Long.class, card))
                    .as(
                            "the second credit counted once in the rankings: %s; statement %s",
                            jdbc.queryForList("SELECT * FROM ranking_total WHERE card_id = ?", card),
                            jdbc.queryForList(
                                    "SELECT entry_id, points, card_sequence FROM statement_entry WHERE card_id = ?",
                                    card))
                    .isEqualTo(earned);
        } finally {
            jdbc.update("DELETE FROM read_model_handover");
            handover.reload();
            processor.start();
        }
    }

    private void credit(String card, String station) {
        ApiResponse credit = ledger.volunteer(card, station, 30, today());
        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
    }

    /** Waits for the shared processor to show the card's {@code lines}, stops it, and answers its token. */
    private byte[] tokenAfterCatchingUp(StreamingEventProcessor processor, String card, int lines) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(statementLines(card)).hasSize(lines));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM ranking_total WHERE card_id = ?", Integer.class, card))
                        .isPositive());
        processor.shutDown();
        return token().getBytes();
    }

    private String token() {
        Map<String, Object> row = jdbc.queryForMap("SELECT token FROM token_entry WHERE processor_name = ?", SHARED);
        return new String((byte[]) row.get("token"));
    }

    private void handedOver(String readModel, byte[] token) {
        jdbc.update(
                "INSERT INTO read_model_handover (read_model, token, token_type) VALUES (?, ?, ?)",
                readModel,
                token,
                "org.axonframework.eventhandling.GapAwareTrackingToken");
    }

    private List<String> statementLines(String card) {
        return jdbc.queryForList("SELECT entry_id FROM statement_entry WHERE card_id = ?", String.class, card);
    }
}
