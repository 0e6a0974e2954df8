package org.pointsbank.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.audit.BalanceReconciler;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.balance.CardBalanceProjection;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.directory.CardDirectory;
import org.pointsbank.projections.directory.CardDirectoryProjection;
import org.pointsbank.projections.ranking.ExplainedEntry;
import org.pointsbank.projections.ranking.RankingCategory;
import org.pointsbank.projections.ranking.RankingLine;
import org.pointsbank.projections.ranking.RankingProjection;
import org.pointsbank.projections.ranking.RankingRepository;
import org.pointsbank.projections.statement.StatementLine;
import org.pointsbank.projections.statement.StatementProjection;
import org.pointsbank.projections.statement.StatementRepository;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A verified report's reward ({@code ProblemReportCredited}) on the card's read models: the balance and lifetime
 * earnings (no minutes), a statement line naming the report, governance points in the rankings (in {@code all}
 * too, net of reversals, from the read model and from the log alike), the entry directory (so it can be reversed),
 * and the reconciliation of balances against the log.
 */
class ReportRewardReadModelsTest extends ProjectionTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate MARCH_2 = MARCH.atDay(2);

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private long lastIndex;

    @BeforeEach
    void rewards() {
        CardEvents ann = card("card-ann", "station-a");
        CardEvents bob = card("card-bob", "station-a");
        CardEvents cat = card("card-cat", "station-b");
        events.addAll(List.of(
                ann.issued(),
                bob.issued(),
                cat.issued(),
                ann.volunteered("a1", 60, 10, MARCH_2),
                ann.rewarded("station-a", "report-1", "g1", 15, MARCH_2),
                bob.rewarded("station-a", "report-2", "g2", 20, MARCH_2),
                bob.rewarded("station-b", "report-3", "g3", 5, MARCH_2),
                cat.rewarded("station-b", "report-4", "g4", 30, MARCH_2),
                cat.reversed("g5", "g4", EntryType.PROBLEM_REPORT, 0, 30, MARCH_2),
                cat.rewarded("station-b", "report-5", "g6", 8, LocalDate.of(2026, 4, 1))));
        events.forEach(e -> lastIndex = log.append(e));
        List.of(
                        new CardBalanceProjection(jdbc, writes, longStatements),
                        new StatementProjection(jdbc, writes, longStatements),
                        new RankingProjection(jdbc, writes, longStatements))
                .forEach(p -> inOneBatch(p, events));
        recorded(new CardDirectoryProjection(jdbc), events.toArray(DomainEventMessage<?>[]::new));
    }

    @Test
    void theRewardRaisesTheBalanceAndLifetimeEarningsWithoutMinutesAndItsReversalTakesItBack() {
        CardBalanceRepository balances = new CardBalanceRepository(jdbc);
        assertThat(balances.find("card-ann").orElseThrow())
                .extracting(CardBalance::balance, CardBalance::lifetimeEarned, CardBalance::volunteerMinutes)
                .containsExactly(25L, 25L, 60L);
        assertThat(balances.find("card-cat").orElseThrow())
                .extracting(CardBalance::balance, CardBalance::studyMinutes)
                .containsExactly(8L, 0L);
    }

    @Test
    void theStatementLineNamesTheReportAndItsReversalTheEntry() {
        List<StatementLine> lines = new StatementRepository(jdbc)
                .page("card-cat", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), -1, 10);
        assertThat(lines)
                .extracting(
                        StatementLine::entryId,
                        StatementLine::type,
                        StatementLine::points,
                        StatementLine::reportId,
                        StatementLine::reverses,
                        StatementLine::reversedBy)
                .containsExactly(
                        tuple("g4", "PROBLEM_REPORT", 30L, "report-4", null, "g5"),
                        tuple("g5", "REVERSAL", -30L, null, "g4", null),
                        tuple("g6", "PROBLEM_REPORT", 8L, "report-5", null, null));
        assertThat(lines.get(0).description()).isEqualTo("problem report: drain");
        assertThat(lines.get(0).minutes()).isZero();
    }

    @Test
    void governanceRanksTheRewardsNetOfReversalsAndAllIncludesThem() {
        RankingRepository rankings = new RankingRepository(jdbc, longStatements);
        assertThat(rankings.standings(MARCH, null, RankingCategory.GOVERNANCE, 10))
                .extracting(RankingLine::rank, RankingLine::cardId, RankingLine::points)
                .containsExactly(tuple(1, "card-bob", 25L), tuple(2, "card-ann", 15L)); // cat's was reversed
        assertThat(rankings.standings(MARCH, "station-b", RankingCategory.GOVERNANCE, 10))
                .extracting(RankingLine::cardId, RankingLine::points)
                .containsExactly(tuple("card-bob", 5L));
        assertThat(rankings.standings(MARCH, null, RankingCategory.ALL, 10))
                .extracting(RankingLine::cardId, RankingLine::points, RankingLine::volunteerMinutes)
                .containsExactly(tuple("card-ann", 25L, 60L), tuple("card-bob", 25L, 0L));
        assertThat(rankings.standings(MARCH, null, RankingCategory.VOLUNTEER, 10))
                .extracting(RankingLine::cardId)
                .containsExactly("card-ann");
        assertThat(rankings.entries(MARCH, "card-cat", null, RankingCategory.GOVERNANCE))
                .extracting(ExplainedEntry::entryId, ExplainedEntry::points)
                .containsExactly(tuple("g4", 30L), tuple("g5", -30L));
        assertThat(RankingCategory.of("governance")).contains(RankingCategory.GOVERNANCE);
    }

    @Test
    void theTopOfEveryListHasAGovernanceListAndTheLogGivesWhatTheReadModelGives() {
        RankingRepository rankings = new RankingRepository(jdbc, longStatements);
        List<RankedCard> fromReadModel = rankings.topOfEveryList(MARCH, 3);
        List<RankedCard> fromLog =
                new TransactionTemplate(transactions).execute(s -> rankings.topOfEveryListFromLog(MARCH, 3));

        assertThat(fromLog).isEqualTo(fromReadModel);
        assertThat(fromReadModel)
                .filteredOn(line -> line.stationId() == null)
                .extracting(RankedCard::category, RankedCard::rank, RankedCard::cardId, RankedCard::points)
                .containsExactly(
                        tuple("all", 1, "card-ann", 25L),
                        tuple("all", 1, "card-bob", 25L),
                        tuple("governance", 1, "card-bob", 25L),
                        tuple("governance", 2, "card-ann", 15L),
                        tuple("volunteer", 1, "card-ann", 10L));
    }

    @Test
    void theRewardIsAnEntryOfItsStationSoItCanBeReversedThere() {
        assertThat(new CardDirectory(jdbc).stationOfEntry("card-bob", "g3")).contains("station-b");
    }

    @Test
    void balancesThatCountTheRewardsReconcileWithTheLog() {
        jdbc.update(
                """
                INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
                VALUES (?, 0, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-03-15T10:00:00Z', NULL)""",
                CardBalanceProjection.NAME,
                ("{\"index\":" + lastIndex + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));

        assertThat(new BalanceReconciler(jdbc, transactions, longStatements)
                        .reconcile()
                        .differences())
                .isEmpty();
    }
}
