package org.pointsbank.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.audit.AuditTrailProjection;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.ranking.RankingProjection;
import org.pointsbank.projections.statement.StatementProjection;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild gives what the live read models hold: the streaming read models, fed the same events one small batch
 * at a time (as live) and then reset and fed the whole log in one batch (as a replay), end in the same rows. A
 * batch's sums per card, month and row must not depend on where the batches were cut.
 */
class ReplayTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private final List<DomainEventMessage<?>> history = new ArrayList<>();
    private List<Object> projections;

    @BeforeEach
    void aMixedHistory() {
        projections = List.of(
                new CardBalanceProjection(jdbc, writes, longStatements),
                new StatementProjection(jdbc, writes, longStatements),
                new RankingProjection(jdbc, writes, longStatements),
                new AuditTrailProjection(jdbc, writes, longStatements));
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        CardEvents cat = card("card-cat", "station-a");
        history.addAll(List.of(
                ann.issued(),
                bob.issued(),
                ann.volunteered("a1", 60, 10, MARCH_2),
                bob.studied("b1", 45, 6, MARCH_2),
                ann.studied("a2", 30, 3, MARCH_2),
                cat.issued(),
                ann.reversed("a3", "a1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2),
                cat.volunteeredAt("station-b", "c1", 120, 20, APRIL_1),
                bob.reserved("r1", 5),
                ann.volunteered("a4", 90, 15, APRIL_1),
                bob.redeemed("r1", 5, MARCH_2),
                cat.reserved("r2", 4),
                cat.released("r2", 4),
                ann.commended("a5", "2026-03", 1, 7),
                bob.closed(),
                cat.volunteered("c2", 30, 5, MARCH_2),
                ann.rewarded("station-a", "report-1", "g1", 12, MARCH_2),
                cat.rewarded("station-b", "report-2", "g2", 9, APRIL_1),
                cat.reversed("c3", "g2", EntryType.PROBLEM_REPORT, 0, 9, APRIL_1)));
        history.forEach(log::append);
    }

    @Test
    void resettingAndReplayingTheLogInOneBatchGivesTheRowsTheLiveBatchesGave() {
        for (int from = 0; from < history.size(); from += 3) {
            List<DomainEventMessage<?>> batch = history.subList(from, Math.min(from + 3, history.size()));
            projections.forEach(p -> inOneBatch(p, batch));
        }
        Map<String, List<Map<String, Object>>> live = readModels();

        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> projections.forEach(p -> new AnnotationEventHandlerAdapter(p).prepareReset()));
        assertThat(readModels().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        List<EventMessage<?>> all = List.copyOf(history);
        projections.forEach(p -> inOneBatch(p, all));

        assertThat(readModels()).isEqualTo(live);
        assertThat(live.get("card_balance")).hasSize(3);
        assertThat(live.get("audit_entry")).hasSize(history.size());
        assertThat(parking.parked()).isEmpty();
    }

    private Map<String, List<Map<String, Object>>> readModels() {
        return Map.of(
                "card_balance", jdbc.queryForList("SELECT * FROM card_balance ORDER BY card_id"),
                "statement_entry", jdbc.queryForList("SELECT * FROM statement_entry ORDER BY entry_id"),
                "ranking_total", jdbc.queryForList("SELECT * FROM ranking_total ORDER BY period, station_id, card_id"),
                "audit_entry", jdbc.queryForList("SELECT * FROM audit_entry ORDER BY global_index"));
    }
}
