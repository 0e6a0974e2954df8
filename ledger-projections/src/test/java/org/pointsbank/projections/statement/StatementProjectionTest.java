package org.pointsbank.projections.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;

class StatementProjectionTest extends ProjectionTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final Instant ALL_TIME = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

    private StatementProjection projection;
    private StatementRepository statements;

    @BeforeEach
    void projection() {
        projection = new StatementProjection(jdbc, writes, longStatements);
        statements = new StatementRepository(jdbc);
    }

    @Test
    void everyEntryOfSeveralCardsInOneBatchBecomesALineWithItsRunningBalance() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        inOneBatch(
                projection,
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                bob.studied("e2", 30, 4, MARCH_2),
                ann.studied("e3", 45, 6, MARCH_2),
                ann.commended("e4", "2026-02", 2, 5),
                ann.reserved("r1", 8),
                ann.redeemed("r1", 8, MARCH_2));

        List<StatementLine> lines = statements.page("card-ann", ALL_TIME, END, -1, 100);
        assertThat(lines)
                .extracting(
                        StatementLine::entryId,
                        StatementLine::type,
                        StatementLine::points,
                        StatementLine::runningBalance,
                        StatementLine::sequence)
                .containsExactly(
                        tuple("e1", "VOLUNTEER_HOURS", 10L, 10L, 1L),
                        tuple("e3", "STUDY_SESSION", 6L, 16L, 2L),
                        tuple("e4", "COMMENDATION_BONUS", 5L, 21L, 3L),
                        tuple("r1", "GIFT_REDEMPTION", -8L, 13L, 5L));
        assertThat(lines.get(2).description()).isEqualTo("commendation 2026-02, rank 2");
        assertThat(lines.get(3).description()).isEqualTo("1 x Notebook");
        assertThat(lines.get(3).policyVersion()).isNull();
        assertThat(lines.get(0).policyVersion()).isEqualTo(CardEvents.POLICY);
        assertThat(statements.page("card-bob", ALL_TIME, END, -1, 100))
                .extracting(StatementLine::entryId)
                .containsExactly("e2");
    }

    @Test
    void aReversalInTheSameBatchAsItsEntryLinksBothLines() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(
                projection,
                ann.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.reversed("e2", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2));

        List<StatementLine> lines = statements.page("card-ann", ALL_TIME, END, -1, 100);
        assertThat(lines.get(0).reversedBy()).isEqualTo("e2");
        assertThat(lines.get(1).reverses()).isEqualTo("e1");
        assertThat(lines.get(1).minutes()).isEqualTo(-60);
        assertThat(lines.get(1).runningBalance()).isZero();
    }

    @Test
    void aReversalInALaterBatchLinksTheEarlierLine() {
        CardEvents ann = card("card-ann", "station-a");
        inOneBatch(projection, ann.issued(), ann.volunteered("e1", 60, 10, MARCH_2));
        inOneBatch(projection, ann.reversed("e2", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2));

        assertThat(statements.page("card-ann", ALL_TIME, END, -1, 100))
                .extracting(StatementLine::reversedBy)
                .containsExactly("e2", null);
    }

    @Test
    void aBatchDeliveredAgainAddsNoLine() {
        CardEvents ann = card("card-ann", "station-a");
        List<EventMessage<?>> batch = List.of(
                ann.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.reversed("e2", "e1", EntryType.VOLUNTEER_HOURS, 60, 10, MARCH_2),
                ann.studied("e3", 30, 3, MARCH_2));
        inOneBatch(projection, batch);
        List<StatementLine> before = statements.page("card-ann", ALL_TIME, END, -1, 100);

        inOneBatch(projection, batch);

        assertThat(statements.page("card-ann", ALL_TIME, END, -1, 100))
                .isEqualTo(before)
                .hasSize(3);
        assertThat(parking.parked()).as("nothing refused, so nothing parked").isEmpty();
    }

    @Test
    void anEntryWhoseTextTheTableRefusesParksItsCardAndTheOtherCardsLinesAreWritten() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-b");
        inOneBatch(
                projection,
                ann.issued(),
                bob.issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                bob.volunteered("e2", 60, 10, MARCH_2),
                ann.volunteeredDoing("bad\u0000text", "e3", 30, 5, MARCH_2),
                bob.studied("e4", 30, 3, MARCH_2));

        // the card's events of the batch that queued writes, in order; PostgreSQL text refuses NUL
        assertThat(parking.parked()).containsExactly("card-ann#1", "card-ann#2");
        assertThat(statements.page("card-ann", ALL_TIME, END, -1, 100)).isEmpty();
        assertThat(statements.page("card-bob", ALL_TIME, END, -1, 100))
                .extracting(StatementLine::entryId)
                .containsExactly("e2", "e4");
    }

    @Test
    void pagesFollowTheCardSequenceAndTheBalanceAsOfAnInstantIsTheLastLineByThen() {
        CardEvents ann = card("card-ann", "station-a");
        Instant first = Instant.parse("2026-03-01T09:00:00Z");
        Instant second = Instant.parse("2026-03-02T09:00:00Z");
        Instant third = Instant.parse("2026-03-03T09:00:00Z");
        inOneBatch(
                projection,
                ann.recordedAt(first).issued(),
                ann.volunteered("e1", 60, 10, MARCH_2),
                ann.recordedAt(second).volunteered("e2", 60, 10, MARCH_2),
                ann.recordedAt(third).studied("e3", 30, 3, MARCH_2));

        assertThat(statements.page("card-ann", ALL_TIME, END, 1, 1))
                .extracting(StatementLine::entryId)
                .containsExactly("e2");
        assertThat(statements.page("card-ann", second, third, -1, 10))
                .extracting(StatementLine::entryId)
                .containsExactly("e2");
        assertThat(statements.balanceAsOf("card-ann", second)).isEqualTo(20);
        assertThat(statements.balanceAsOf("card-ann", first.minusSeconds(1))).isZero();
        assertThat(statements.balanceAsOf("card-ann", END)).isEqualTo(23);
    }
}
