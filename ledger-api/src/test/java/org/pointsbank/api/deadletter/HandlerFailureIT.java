package org.pointsbank.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event a handler cannot even read (here a credit without its day, appended to a card's stream past the
 * command side) is parked by Axon's invoker in the read models whose handlers throw on it, with the cause and
 * one attempt; the read models that can take it do, and the card's later events queue behind it.
 */
class HandlerFailureIT extends IntegrationTest {

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactions;

    @Test
    void aCreditWithoutItsDayIsParkedWhereHandlersNeedTheDayAndTakenElsewhere() {
        String station = ledger.station();
        String card = ledger.card(station);
        Long next = jdbc.queryForObject(
                "SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                card);
        VolunteerHoursCredited dayless = new VolunteerHoursCredited(
                card, UUID.randomUUID().toString(), station, "no day", 60, null, 10, 10, "v1", Instant.now());
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(
                () -> eventStore.publish(new GenericDomainEventMessage<>("RewardCard", card, next, dayless)));

        for (String processor : List.of("statement_entry", "ranking")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(parked(processor, card)).as(processor).hasSize(1));
            JsonNode letter = parked(processor, card).get(0);
            assertThat(letter.get("cause").asText()).startsWith(NullPointerException.class.getName());
            assertThat(letter.get("attempts").asLong()).isEqualTo(1);
        }
        // the balance needs no day: it takes the points
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT balance FROM card_balance WHERE card_id = ?", Long.class, card))
                        .isEqualTo(10));
        assertThat(parked("card_balance", card)).isEmpty();
        assertThat(parked("audit_entry", card)).isEmpty();
    }

    private List<JsonNode> parked(String processor, String cardId) {
        List<JsonNode> letters = new ArrayList<>();
        admin.get("/api/v1/admin/dead-letters").json().forEach(letter -> {
            if (processor.equals(letter.get("processor").asText())
                    && cardId.equals(letter.get("sequence").asText())) {
                letters.add(letter);
            }
        });
        return letters;
    }
}
