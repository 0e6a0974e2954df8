package org.pointsbank.projections.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.statement.StatementProjection;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

class RankingRepositoryTest extends ProjectionTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate MARCH_2 = MARCH.atDay(2);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private RankingRepository rankings;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    @BeforeEach
    void aMonthOfCredits() {
        rankings = new RankingRepository(jdbc, longStatements);
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-a");
        CardEvents cat = card("card-cat", "station-a");
        CardEvents dan = card("card-dan", "station-b");
        CardEvents eve = card("card-eve", "station-b");
        events.addAll(List.of(
                ann.issued(),
                bob.issued(),
                cat.issued(),
                dan.issued(),
                eve.issued(),
                ann.volunteered("a1", 120, 30, MARCH_2),
                ann.studied("a2", 60, 5, MARCH_2),
                bob.volunteered("b1", 80, 20, MARCH_2),
                cat.volunteered("c1", 80, 20, MARCH_2),
                cat.volunteeredAt("station-b", "c2", 40, 12, MARCH_2),
                dan.volunteered("d1", 40, 10, MARCH_2),
                dan.studied("d2", 60, 8, MARCH_2),
                dan.volunteered("d3", 40, 99, APRIL_1),
                eve.volunteered("x1", 60, 15, MARCH_2),
                eve.reversed("x2", "x1", EntryType.VOLUNTEER_HOURS, 60, 15, MARCH_2)));
        events.forEach(log::append);
        inOneBatch(new RankingProjection(jdbc, writes, longStatements), events);
        inOneBatch(new StatementProjection(jdbc, writes, longStatements), events);
    }

    @Test
    void aStationsStandingsShareRanksBetweenTiesAndLeaveOutCardsWithoutPoints() {
        assertThat(rankings.standings(MARCH, "station-a", RankingCategory.VOLUNTEER, 10))
                .extracting(RankingLine::rank, RankingLine::cardId, RankingLine::points)
                .containsExactly(tuple(1, "card-ann", 30L), tuple(2, "card-bob", 20L), tuple(2, "card-cat", 20L));
        assertThat(rankings.standings(MARCH, "station-b", RankingCategory.VOLUNTEER, 10))
                .extracting(RankingLine::rank, RankingLine::cardId, RankingLine::points)
                .containsExactly(tuple(1, "card-cat", 12L), tuple(2, "card-dan", 10L)); // eve's credit was reversed
        assertThat(rankings.standings(MARCH, "station-a", RankingCategory.STUDY, 10))
                .extracting(RankingLine::cardId)
                .containsExactly("card-ann");
    }

    @Test
    void cityWideStandingsSumEveryStationOfTheMonthAndNoOther() {
        assertThat(rankings.standings(MARCH, null, RankingCategory.VOLUNTEER, 10))
                .extracting(RankingLine::rank, RankingLine::cardId, RankingLine::points)
                .containsExactly(
                        tuple(1, "card-cat", 32L),
                        tuple(2, "card-ann", 30L),
                        tuple(3, "card-bob", 20L),
                        tuple(4, "card-dan", 10L));
        assertThat(rankings.standings(MARCH, null, RankingCategory.ALL, 2))
                .extracting(
                        RankingLine::rank,
                        RankingLine::cardId,
                        RankingLine::points,
                        RankingLine::volunteerMinutes,
                        RankingLine::studyMinutes)
                .containsExactly(tuple(1, "card-ann", 35L, 120L, 60L), tuple(2, "card-cat", 32L, 120L, 0L));
        assertThat(rankings.standings(YearMonth.of(2026, 4), null, RankingCategory.ALL, 10))
                .extracting(RankingLine::cardId)
                .containsExactly("card-dan");
    }

    @Test
    void theTopOfEveryListFromTheReadModelIsWhatTheEventLogItselfGives() {
        List<RankedCard> fromReadModel = rankings.topOfEveryList(MARCH, 2);
        List<RankedCard> fromLog =
                new TransactionTemplate(transactions).execute(s -> rankings.topOfEveryListFromLog(MARCH, 2));

        assertThat(fromReadModel).isEqualTo(fromLog);
        // every station and the city ('' is city-wide, read back as null), every category, ties at N included
        assertThat(fromReadModel)
                .extracting(
                        RankedCard::stationId,
                        RankedCard::category,
                        RankedCard::rank,
                        RankedCard::cardId,
                        RankedCard::points)
                .containsExactly(
                        tuple(null, "all", 1, "card-ann", 35L),
                        tuple(null, "all", 2, "card-cat", 32L),
                        tuple(null, "study", 1, "card-dan", 8L),
                        tuple(null, "study", 2, "card-ann", 5L),
                        tuple(null, "volunteer", 1, "card-cat", 32L),
                        tuple(null, "volunteer", 2, "card-ann", 30L),
                        tuple("station-a", "all", 1, "card-ann", 35L),
                        tuple("station-a", "all", 2, "card-bob", 20L),
                        tuple("station-a", "all", 2, "card-cat", 20L),
                        tuple("station-a", "study", 1, "card-ann", 5L),
                        tuple("station-a", "volunteer", 1, "card-ann", 30L),
                        tuple("station-a", "volunteer", 2, "card-bob", 20L),
                        tuple("station-a", "volunteer", 2, "card-cat", 20L),
                        tuple("station-b", "all", 1, "card-dan", 18L),
                        tuple("station-b", "all", 2, "card-cat", 12L),
                        tuple("station-b", "study", 1, "card-dan", 8L),
                        tuple("station-b", "volunteer", 1, "card-cat", 12L),
                        tuple("station-b", "volunteer", 2, "card-dan", 10L));
    }

    @Test
    void theEntriesBehindAFigureCountAReversalAsTheKindItReverses() {
        assertThat(rankings.entries(MARCH, "card-eve", null, RankingCategory.VOLUNTEER))
                .extracting(ExplainedEntry::entryId, ExplainedEntry::points, ExplainedEntry::reverses)
                .containsExactly(tuple("x1", 15L, null), tuple("x2", -15L, "x1"));
        assertThat(rankings.entries(MARCH, "card-eve", null, RankingCategory.STUDY))
                .isEmpty();
        assertThat(rankings.entries(MARCH, "card-cat", "station-b", RankingCategory.ALL))
                .extracting(ExplainedEntry::entryId)
                .containsExactly("c2");
        assertThat(rankings.entries(MARCH, "card-dan", null, RankingCategory.ALL))
                .extracting(ExplainedEntry::entryId)
                .containsExactly("d1", "d2");
    }
}
