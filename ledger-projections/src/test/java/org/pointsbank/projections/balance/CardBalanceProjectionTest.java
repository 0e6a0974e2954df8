package org.pointsbank.projections.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

class CardBalanceProjectionTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private CardBalanceProjection projection;
    private CardBalanceRepository balances;

    @BeforeEach
    void projection() {
        projection = new CardBalanceProjection(jdbc, writes, longStatements);
        balances = new CardBalanceRepository(jdbc);
    }

    @Test
    void sumsSeveralEventsOfOneCardAndOfSeveralCardsInOneBatch() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        inOneBatch(
                projection,
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                bob.studied("e2", 30, 4, MARCH_2),
                ann.studied("e3", 45, 6, MARCH_2),
                ann.volunteered("e4", 120, 20, MARCH_2),
                ann.reversed("e5", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2),
                bob.commended("e6", "2026-02", 1, 5));

        CardBalance a = balances.find("card-ann").orElseThrow();
        assertThat(a.balance()).isEqualTo(26);
        assertThat(a.available()).isEqualTo(26);
        assertThat(a.lifetimeEarned()).isEqualTo(26);
        assertThat(a.volunteerMinutes()).isEqualTo(120);
        assertThat(a.studyMinutes()).isEqualTo(45);
        assertThat(a.stationId()).isEqualTo("station-a");
        assertThat(a.status()).isEqualTo("ACTIVE");
        CardBalance b = balances.find("card-bob").orElseThrow();
        assertThat(b.balance()).isEqualTo(9);
        assertThat(b.studyMinutes()).isEqualTo(30);
        assertThat(b.volunteerMinutes()).isZero();
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM card_balance WHERE card_id = 'card-ann'", Long.class))
                .isEqualTo(4);
    }

    @Test
    void batchesAfterTheFirstAddToTheRow() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(projection, ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2));
        inOneBatch(projection, ann.volunteered("e2", 30, 5, MARCH_2));
        inOneBatch(projection, ann.studied("e3", 30, 3, MARCH_2), ann.volunteered("e4", 30, 5, MARCH_2));

        CardBalance a = balances.find("card-ann").orElseThrow();
        assertThat(a.balance()).isEqualTo(23);
        assertThat(a.volunteerMinutes()).isEqualTo(120);
        assertThat(a.studyMinutes()).isEqualTo(30);
    }

    @Test
    void aBatchDeliveredAgainChangesNothing() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        List<EventMessage<?>> first = List.of(ann.issued(), bob.issued(), ann.volunteered("e1", 60, 10, MARCH_2));
        List<EventMessage<?>> second = List.of(
                ann.volunteered("e2", 60, 10, MARCH_2), bob.studied("e3", 30, 4, MARCH_2), ann.reserved("r1", 8));
        inOneBatch(projection, first);
        inOneBatch(projection, second);
        List<CardBalance> before = List.of(
                balances.find("card-ann").orElseThrow(),
                balances.find("card-bob").orElseThrow());

        inOneBatch(projection, second); // the last batch again, as if its token had not been stored
        inOneBatch(projection, first); // and a replay of older events without a reset

        assertThat(List.of(
                        balances.find("card-ann").orElseThrow(),
                        balances.find("card-bob").orElseThrow()))
                .isEqualTo(before);
        assertThat(before.get(0).balance()).isEqualTo(20);
        assertThat(before.get(0).available()).isEqualTo(12);
        assertThat(parking.parked()).as("nothing refused, so nothing parked").isEmpty();
    }

    @Test
    void aBatchRolledBackBeforeItsTokenWasStoredCountsOnceWhenDeliveredAgain() {
        CardEvents ann = card("card-ann", "station-a");
        List<EventMessage<?>> batch =
                List.of(ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2), ann.volunteered("e2", 60, 10, MARCH_2));

        failAfterTheWrites(batch);
        assertThat(balances.find("card-ann")).isEmpty();

        inOneBatch(projection, batch);
        assertThat(balances.find("card-ann").orElseThrow().balance()).isEqualTo(20);
    }

    @Test
    void pointsHeldForARedemptionLeaveTheBalanceUntilSpentAndNeverTheEarnings() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(
                projection,
                ann.issued(),
                ann.volunteered("e1", 60, 50, MARCH_2),
                ann.reserved("r1", 20),
                ann.reserved("r2", 5));
        CardBalance held = balances.find("card-ann").orElseThrow();
        assertThat(held.balance()).isEqualTo(50);
        assertThat(held.available()).isEqualTo(25);

        inOneBatch(projection, ann.redeemed("r1", 20, MARCH_2), ann.released("r2", 5));
        CardBalance spent = balances.find("card-ann").orElseThrow();
        assertThat(spent.balance()).isEqualTo(30);
        assertThat(spent.available()).isEqualTo(30);
        assertThat(spent.lifetimeEarned()).isEqualTo(50);
    }

    @Test
    void aClosedCardIsClosedWhateverElseTheBatchHolds() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(projection, ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2), ann.closed());

        CardBalance a = balances.find("card-ann").orElseThrow();
        assertThat(a.status()).isEqualTo("CLOSED");
        assertThat(a.balance()).isEqualTo(10);
    }

    @Test
    void aCardWhoseRowTheTableRefusesIsParkedAndTheOtherCardsOfTheBatchAreWritten() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bad = card("card-bad", "s".repeat(65)); // longer than station_id allows
        CardEvents bob = card("card-bob", "station-b");
        inOneBatch(
                projection,
                ann.issued(),
                bad.issued(),
                bob.issued(),
                bad.volunteered("e1", 60, 10, MARCH_2),
                ann.volunteered("e2", 60, 10, MARCH_2));

        assertThat(parking.parked()).containsExactly("card-bad#0", "card-bad#1");
        assertThat(balances.find("card-bad")).isEmpty();
        assertThat(balances.find("card-ann").orElseThrow().balance()).isEqualTo(10);
        assertThat(balances.find("card-bob")).isPresent();
    }

    @Test
    void aResetEmptiesTheTable() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(projection, ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2));

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM card_balance", Long.class))
                .isZero();
    }

    /** Handles {@code batch}, then fails at commit after the projection's flush: the whole batch rolls back. */
    private void failAfterTheWrites(List<EventMessage<?>> batch) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        unitOfWork.attachTransaction(axonTransactions);
        boolean[] flushed = {false};
        boolean[] registered = {false};
        unitOfWork.executeWithResult(() -> {
            Object result = handlers.handle(unitOfWork.getMessage());
            if (!registered[0]) { // after the projection's flush, which its first event registered
                registered[0] = true;
                CurrentUnitOfWork.get().onPrepareCommit(u -> {
                    flushed[0] = jdbc.queryForObject("SELECT count(*) FROM card_balance", Long.class) > 0;
                    throw new IllegalStateException("the node died before storing its token");
                });
            }
            return result;
        });
        assertThat(flushed[0]).as("the writes were made before the failure").isTrue();
    }
}
