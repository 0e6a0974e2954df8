package org.pointsbank.api.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.projections.support.BatchWriter;
import org.pointsbank.projections.support.Parking;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The flush behind the streaming read models, in one processor batch as Axon runs it: one row among many
 * that the table refuses parks the events of its card (all of them in the batch) and nothing else; the rows
 * of an event whose handler failed are not written; it finds the bad card in a few savepoints, not one a card.
 */
class BisectingFlushIT extends IntegrationTest {

    private record Probe(String cardId, String note) {}

    /** Parks into a list, one sequence per card as the processors' sequencing policy does. */
    private static final class RecordingParking implements Parking {
        final List<String> parked = new ArrayList<>();

        @Override
        public Object sequenceOf(String processingGroup, EventMessage<?> event) {
            return ((DomainEventMessage<?>) event).getAggregateIdentifier();
        }

        @Override
        public void park(String processingGroup, List<EventMessage<?>> events, Throwable cause) {
            events.forEach(e -> parked.add(((DomainEventMessage<?>) e).getAggregateIdentifier() + "#"
                    + ((DomainEventMessage<?>) e).getSequenceNumber()));
        }
    }

    @Autowired
    private EmbeddedPostgresServer database;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private TransactionManager axonTransactions;

    private final AtomicInteger flushes = new AtomicInteger();
    private final BatchWriter<Probe> writer = (jdbc, writes) -> {
        flushes.incrementAndGet();
        jdbc.batchUpdate(
                "INSERT INTO probe_write (card_id, note) VALUES (?, ?)",
                writes.stream().map(p -> new Object[] {p.cardId(), p.note()}).toList());
    };

    @BeforeEach
    void probeTable() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS probe_write (card_id VARCHAR(64) NOT NULL, note TEXT NOT NULL)");
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON probe_write TO PUBLIC");
        }
    }

    @Test
    void oneRefusedRowParksItsCardsEventsOfTheBatchAndTheOtherCardsAreWritten() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int c = 0; c < 64; c++) {
            for (int s = 0; s < 3; s++) {
                batch.add(event(run + "-card-" + c, s, s == 1 && c == 37 ? "bad\u0000note" : "note " + s));
            }
        }
        batch.add(event(run + "-thrower", 0, "queued, then its handler failed"));
        RecordingParking parking = new RecordingParking();
        ProjectionWrites writes = new ProjectionWrites(jdbc, transactions, parking);

        inOneBatch(batch, event -> {
            writes.batch("probe", writer).add(new Probe(event.getAggregateIdentifier(), event.getPayload()));
            if (event.getAggregateIdentifier().endsWith("thrower")) {
                writes.discard(event); // what the dead-letter policy does when a handler throws
            }
        });

        assertThat(parking.parked).containsExactly(run + "-card-37#0", run + "-card-37#1", run + "-card-37#2");
        List<String> written = jdbc.queryForList(
                "SELECT DISTINCT card_id FROM probe_write WHERE card_id LIKE ?", String.class, run + "%");
        assertThat(written).hasSize(63).doesNotContain(run + "-card-37", run + "-thrower");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM probe_write WHERE card_id LIKE ?", Integer.class, run + "%"))
                .isEqualTo(63 * 3);
        // the whole batch, then halves down to one card of 64: two tries a level, six levels
        assertThat(flushes.get()).isLessThanOrEqualTo(1 + 2 * 6);
    }

    @Test
    void whenAHandlerFailsTheEventsOfItsCardQueuedEarlierAreParkedAheadOfItAndNotWritten() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String card = run + "-card";
        String other = run + "-other";
        List<EventMessage<?>> batch = List.of(
                event(card, 0, "first"),
                event(other, 0, "fine"),
                event(card, 1, "second"),
                event(card, 2, "its handler throws"),
                event(other, 1, "fine too"));
        RecordingParking parking = new RecordingParking();
        ProjectionWrites writes = new ProjectionWrites(jdbc, transactions, parking);

        inOneBatch(batch, event -> {
            writes.batch("probe", writer).add(new Probe(event.getAggregateIdentifier(), event.getPayload()));
            if (event.getPayload().equals("its handler throws")) {
                // what the dead-letter policy does before Axon's invoker parks the failing event itself
                writes.failed("probe", event, new IllegalArgumentException("no day"));
                parking.parked.add(card + "#2 (by Axon)");
            }
        });

        // ahead of the failing one, in order: a retry applies the card's events as they were recorded
        assertThat(parking.parked).containsExactly(card + "#0", card + "#1", card + "#2 (by Axon)");
        assertThat(jdbc.queryForList("SELECT note FROM probe_write WHERE card_id = ?", String.class, card))
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT note FROM probe_write WHERE card_id = ? ORDER BY note", String.class, other))
                .containsExactly("fine", "fine too");
    }

    @Test
    void aBatchWithoutBadRowsIsWrittenWithOneFlush() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<EventMessage<?>> batch = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            batch.add(event(run + "-card-" + c, 0, "fine"));
        }
        RecordingParking parking = new RecordingParking();
        ProjectionWrites writes = new ProjectionWrites(jdbc, transactions, parking);
        inOneBatch(
                batch, event -> writes.batch("probe", writer).add(new Probe(event.getAggregateIdentifier(), "fine")));

        assertThat(parking.parked).isEmpty();
        assertThat(flushes.get()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM probe_write WHERE card_id LIKE ?", Integer.class, run + "%"))
                .isEqualTo(20);
    }

    /** Runs {@code handle} for each event of {@code batch} in one processor batch, as Axon's processors do. */
    private void inOneBatch(List<EventMessage<?>> batch, Consumer<DomainEventMessage<String>> handle) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(axonTransactions);
        unitOfWork.executeWithResult(() -> {
            @SuppressWarnings("unchecked")
            DomainEventMessage<String> event =
                    (DomainEventMessage<String>) CurrentUnitOfWork.get().getMessage();
            handle.accept(event);
            return null;
        });
    }

    private static EventMessage<?> event(String cardId, long sequence, String note) {
        return new GenericDomainEventMessage<>("RewardCard", cardId, sequence, note);
    }
}
