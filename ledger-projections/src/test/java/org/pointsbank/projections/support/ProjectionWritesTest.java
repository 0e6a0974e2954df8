package org.pointsbank.projections.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.projections.statement.StatementProjection;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paths of the streaming read models' writes when an event cannot be taken, with a real read model
 * (statements) and its real table: a handler that fails in a batch, and a parked event retried.
 */
class ProjectionWritesTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private StatementProjection projection;
    private AnnotationEventHandlerAdapter handlers;

    @BeforeEach
    void projection() {
        projection = new StatementProjection(jdbc, writes, longStatements);
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    @Test
    void whenAHandlerFailsItsCardsEarlierEventsOfTheBatchAreParkedAheadOfItAndNoneOfTheirLinesIsWritten() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        EventMessage<?> first = ann.volunteered("e1", 60, 10, MARCH_2);
        EventMessage<?> other = bob.volunteered("e2", 60, 10, MARCH_2);
        EventMessage<?> second = ann.volunteered("e3", 60, 10, MARCH_2);
        EventMessage<?> failing = ann.studied("e4", 30, 3, MARCH_2);
        List<EventMessage<?>> batch = List.of(first, other, second, failing, bob.studied("e5", 30, 3, MARCH_2));

        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(axonTransactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            Object handled = handlers.handle(unitOfWork.getMessage());
            if (unitOfWork.getMessage() == failing) {
                // what the service's dead-letter policy does before Axon parks the failing event itself
                writes.failed(StatementProjection.NAME, failing, new IllegalStateException("its handler failed"));
            }
            return handled;
        });

        assertThat(result.isExceptional()).isFalse();
        assertThat(parking.parked()).containsExactly("card-ann#0", "card-ann#1");
        assertThat(lines("card-ann")).isEmpty();
        assertThat(lines("card-bob")).containsExactly("e2", "e5");
    }

    @Test
    void aRetriedEventIsWrittenInItsOwnSavepointSoAWriteThatStillFailsUndoesOnlyThatEvent() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        EventMessage<?> stillBad = ann.volunteeredDoing("bad\u0000text", "e1", 60, 10, MARCH_2);
        EventMessage<?> nowFine = bob.volunteered("e2", 60, 10, MARCH_2);
        RetryWrites retryWrites = new RetryWrites(writes);

        // Axon retries a dead sequence's letters inside one transaction, and requeues the failed ones in it
        ResultMessage<?>[] results = new TransactionTemplate(transactions)
                .execute(status -> new ResultMessage<?>[] {retry(retryWrites, stillBad), retry(retryWrites, nowFine)});

        assertThat(results[0].isExceptional())
                .as("the letter fails and stays parked")
                .isTrue();
        assertThat(results[1].isExceptional()).isFalse();
        assertThat(lines("card-ann")).isEmpty();
        assertThat(lines("card-bob")).containsExactly("e2");
        assertThat(parking.parked())
                .as("a retry is parked again by Axon, not by the writes")
                .isEmpty();
    }

    /** Handles {@code event} as the retry of a dead letter, through the interceptor every read model has. */
    private ResultMessage<?> retry(RetryWrites retryWrites, EventMessage<?> event) {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = new DefaultUnitOfWork<>(event);
        unitOfWork.resources().put(DeadLetter.class.getName(), new GenericDeadLetter<>("sequence", event));
        return unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<EventMessage<?>>(unitOfWork, List.of(retryWrites), handlers::handle)
                        .proceed());
    }

    private List<String> lines(String cardId) {
        return jdbc.queryForList(
                "SELECT entry_id FROM statement_entry WHERE card_id = ? ORDER BY card_sequence", String.class, cardId);
    }
}
