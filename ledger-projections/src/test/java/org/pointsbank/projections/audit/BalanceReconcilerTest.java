package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;

class BalanceReconcilerTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private BalanceReconciler reconciler;
    private CardBalanceProjection balances;
    private long lastIndex;

    @BeforeEach
    void reconciler() {
        reconciler = new BalanceReconciler(jdbc, transactions, longStatements);
        balances = new CardBalanceProjection(jdbc, writes, longStatements);
    }

    @Test
    void aReadModelThatAgreesWithTheLogReconciles() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        projected(
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                bob.studied("e2", 30, 4, MARCH_2),
                ann.reversed("e3", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2),
                ann.commended("e4", "2026-02", 1, 7),
                ann.reserved("r1", 5),
                ann.redeemed("r1", 5, MARCH_2),
                bob.reserved("r2", 3),
                bob.reserved("r3", 1),
                bob.released("r3", 1));
        tokenAt(lastIndex);

        Reconciliation reconciliation = reconciler.reconcile();

        assertThat(reconciliation.differences()).isEmpty();
        assertThat(reconciliation.ok()).isTrue();
        assertThat(reconciliation.cardsChecked()).isEqualTo(2);
        assertThat(reconciliation.checkedThrough()).isEqualTo(lastIndex);
    }

    @Test
    void aBalanceOrHoldThatDisagreesWithTheLogIsListed() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        projected(
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                bob.volunteered("e2", 60, 10, MARCH_2),
                bob.reserved("r1", 4));
        tokenAt(lastIndex);
        owner().update("UPDATE card_balance SET balance = 11 WHERE card_id = 'card-ann'");
        owner().update("UPDATE card_balance SET reserved = 0 WHERE card_id = 'card-bob'");

        Reconciliation reconciliation = reconciler.reconcile();

        assertThat(reconciliation.ok()).isFalse();
        assertThat(reconciliation.differences())
                .containsExactlyInAnyOrder(
                        new CardDifference("card-ann", 10L, 11L, 0L, 0L),
                        new CardDifference("card-bob", 10L, 10L, 4L, 0L));
    }

    @Test
    void eventsPastTheProjectionsTokenOrInItsGapsAreNotDifferences() {
        CardEvents ann = card("card-ann", "station-a");
        projected(ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2));
        long projectedThrough = lastIndex;
        DomainEventMessage<?> inAGap = ann.volunteered("e2", 60, 10, MARCH_2);
        log.append(inAGap); // recorded, not yet projected
        log.append(ann.volunteered("e3", 60, 10, MARCH_2));
        tokenAt(projectedThrough);

        assertThat(reconciler.reconcile().ok()).isTrue();
    }

    private void projected(DomainEventMessage<?>... events) {
        for (DomainEventMessage<?> event : events) {
            lastIndex = log.append(event);
        }
        inOneBatch(balances, List.of(events));
    }

    /** The balance processor's committed position, as Axon's JDBC token store keeps it with Jackson. */
    private void tokenAt(long index) {
        jdbc.update(
                """
                INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
                VALUES (?, 0, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-03-15T10:00:00Z', NULL)""",
                CardBalanceProjection.NAME,
                ("{\"index\":" + index + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
    }
}
