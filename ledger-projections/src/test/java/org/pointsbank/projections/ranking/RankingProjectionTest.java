package org.pointsbank.projections.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.period.api.RankingPublished;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;

class RankingProjectionTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private RankingProjection projection;

    @BeforeEach
    void projection() {
        projection = new RankingProjection(jdbc, writes, longStatements);
    }

    @Test
    void aBatchIsSummedPerMonthOfTheEntryPerStationAndPerCard() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-a");
        inOneBatch(
                projection,
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.volunteered("e2", 30, 5, MARCH_31),
                ann.volunteeredAt("station-b", "e3", 120, 20, MARCH_2),
                ann.volunteered("e4", 60, 10, APRIL_1),
                ann.studied("e5", 45, 6, MARCH_2),
                bob.studied("e6", 30, 4, MARCH_2),
                ann.closed());

        assertThat(totals())
                .containsExactly(
                        tuple("2026-03", "station-a", "card-ann", 15L, 6L, 90L, 45L),
                        tuple("2026-03", "station-a", "card-bob", 0L, 4L, 0L, 30L),
                        tuple("2026-03", "station-b", "card-ann", 20L, 0L, 120L, 0L),
                        tuple("2026-04", "station-a", "card-ann", 10L, 0L, 60L, 0L));
    }

    @Test
    void theFirstCreditOfAMonthInsertsItsRowAndLaterBatchesUpdateIt() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(projection, ann.volunteered("e1", 60, 10, MARCH_2));
        assertThat(totals()).containsExactly(tuple("2026-03", "station-a", "card-ann", 10L, 0L, 60L, 0L));

        inOneBatch(projection, ann.volunteered("e2", 30, 5, MARCH_2), ann.studied("e3", 30, 3, MARCH_2));
        inOneBatch(projection, ann.studied("e4", 30, 3, MARCH_31));

        assertThat(totals()).containsExactly(tuple("2026-03", "station-a", "card-ann", 15L, 6L, 90L, 60L));
    }

    @Test
    void aReversalTakesItsPointsFromTheMonthAndStationOfTheEntryItReverses() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(
                projection,
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.studied("e2", 30, 3, MARCH_2),
                ann.volunteered("e3", 60, 10, APRIL_1));
        inOneBatch(
                projection,
                ann.recordedAt(Instant.parse("2026-04-02T10:00:00Z"))
                        .reversed("e4", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2),
                ann.reversed("e5", "e2", EntryType.STUDY_SESSION, 30, 3, MARCH_2),
                ann.reversed("e6", "e7", EntryType.COMMENDATION_BONUS, 0, 5, APRIL_1));

        assertThat(totals())
                .containsExactly(
                        tuple("2026-03", "station-a", "card-ann", 0L, 0L, 0L, 0L),
                        tuple("2026-04", "station-a", "card-ann", 10L, 0L, 60L, 0L));
    }

    @Test
    void aBatchRolledBackBeforeItsTokenWasStoredCountsOnceWhenDeliveredAgain() {
        CardEvents ann = card("card-ann", "station-a");
        List<EventMessage<?>> batch =
                List.of(ann.volunteered("e1", 60, 10, MARCH_2), ann.volunteered("e2", 60, 10, MARCH_2));

        BatchingUnitOfWork<EventMessage<?>> failing = new BatchingUnitOfWork<>(batch);
        failing.attachTransaction(axonTransactions);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        failing.executeWithResult(() -> {
            handlers.handle(failing.getMessage());
            failing.onPrepareCommit(u -> {
                throw new IllegalStateException("the node died before storing its token");
            });
            return null;
        });
        assertThat(totals()).isEmpty();

        inOneBatch(projection, batch);

        assertThat(totals()).containsExactly(tuple("2026-03", "station-a", "card-ann", 20L, 0L, 120L, 0L));
    }

    @Test
    void publishedStandingsAreCopiedAsRecordedAndOnceOnly() {
        RankedCard cityFirst = new RankedCard(null, "volunteer", 1, "card-ann", 30, 180, 0);
        RankedCard stationFirst = new RankedCard("station-a", "volunteer", 1, "card-ann", 20, 120, 0);
        RankedCard stationTie = new RankedCard("station-a", "volunteer", 1, "card-bob", 20, 120, 0);
        EventMessage<?> published = new GenericDomainEventMessage<>(
                "Period",
                "2026-03",
                3,
                new RankingPublished("2026-03", 3, List.of(cityFirst, stationFirst, stationTie), CardEvents.NOW),
                Map.of());

        inOneBatch(projection, published);
        inOneBatch(projection, published);

        RankingRepository rankings = new RankingRepository(jdbc, longStatements);
        assertThat(rankings.published(YearMonth.of(2026, 3))).containsExactly(cityFirst, stationFirst, stationTie);
        assertThat(parking.parked()).as("nothing refused, so nothing parked").isEmpty();
    }

    @Test
    void aCardWhoseRowTheTableRefusesIsParkedAndTheOtherCardsAreRanked() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bad = card("card-bad", "station-a");
        inOneBatch(
                projection,
                ann.volunteered("e1", 60, 10, MARCH_2),
                bad.volunteeredAt("s".repeat(65), "e2", 60, 10, MARCH_2),
                bad.studied("e3", 30, 3, MARCH_2));

        assertThat(parking.parked()).containsExactly("card-bad#0", "card-bad#1");
        assertThat(totals()).containsExactly(tuple("2026-03", "station-a", "card-ann", 10L, 0L, 60L, 0L));
    }

    private List<Tuple> totals() {
        return jdbc.query(
                """
                SELECT * FROM ranking_total ORDER BY period, station_id, card_id""",
                (rs, n) -> tuple(
                        rs.getString("period"),
                        rs.getString("station_id"),
                        rs.getString("card_id"),
                        rs.getLong("volunteer_points"),
                        rs.getLong("study_points"),
                        rs.getLong("volunteer_minutes"),
                        rs.getLong("study_minutes")));
    }
}
