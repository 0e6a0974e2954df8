package org.pointsbank.projections.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;
import static org.pointsbank.projections.testing.ReportEvents.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.pointsbank.projections.testing.ReportEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A processor batch runs its statements grouped by SQL text, each group where it first appears: the credits and
 * reversals of several reports' rewards, in any interleaving and cut into batches anywhere, give the reports (their
 * points credited, reward reversed, last change) and timelines that one event per batch gives.
 */
class RewardReversalBatchOrderTest extends ProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    private static final int REPORTS = 5;

    private ProblemReportProjection projection;
    private ProblemReportRepository reports;

    @BeforeEach
    void projection() {
        projection = new ProblemReportProjection(jdbc, writes, longStatements);
        reports = new ProblemReportRepository(jdbc);
    }

    @Test
    void aReversalBatchedAheadOfTheCreditOfTheRewardItReversesStillMarksItAndAddsItsLine() {
        List<List<DomainEventMessage<?>>> lives = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            lives.add(life(n, true));
        }
        // report 1 then report 2 up to its verification, report 1's credit: then [reversal 1, credit 2, reversal 2]
        List<DomainEventMessage<?>> history = new ArrayList<>(lives.get(0).subList(0, 4));
        history.addAll(lives.get(1).subList(0, 4));
        history.add(lives.get(0).get(4));
        history.add(lives.get(0).get(5));
        history.add(lives.get(1).get(4));
        history.add(lives.get(1).get(5));
        history.forEach(log::append);

        Map<String, Object> alone = eachAlone(history);
        rebuild();
        inOneBatch(projection, history.subList(0, history.size() - 3));
        inOneBatch(projection, history.subList(history.size() - 3, history.size()));

        assertThat(reports.find("report-2").orElseThrow().rewardReversed()).isTrue();
        assertThat(reports.timeline("report-2"))
                .extracting(TimelineLine::event, TimelineLine::status)
                .endsWith(tuple("REWARD_CREDITED", "VERIFIED"), tuple("REWARD_REVERSED", "VERIFIED"));
        assertThat(reads()).isEqualTo(alone);
        assertThat(parking.parked()).isEmpty();
    }

    @RepeatedTest(12)
    void anyInterleavingOfSeveralRewardsCutIntoBatchesAnywhereGivesTheReadsOfOneEventPerBatch(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        List<List<DomainEventMessage<?>>> lives = new ArrayList<>();
        for (int n = 1; n <= REPORTS; n++) {
            lives.add(life(n, n % 4 != 0)); // report 4's reward stands
        }
        List<DomainEventMessage<?>> history = interleave(lives, random);
        history.forEach(log::append);

        Map<String, Object> alone = eachAlone(history);
        assertThat(reports.find("report-1").orElseThrow().rewardReversed()).isTrue();
        assertThat(reports.find("report-4").orElseThrow().rewardReversed()).isFalse();
        assertThat(reports.timeline("report-1"))
                .extracting(TimelineLine::event)
                .contains("REWARD_CREDITED", "REWARD_REVERSED");

        for (int cut = 0; cut < 3; cut++) {
            rebuild();
            for (int from = 0; from < history.size(); ) {
                int to = Math.min(history.size(), from + 1 + random.nextInt(8));
                inOneBatch(projection, history.subList(from, to));
                from = to;
            }
            assertThat(reads())
                    .as("seed %d, cut %d", run.getCurrentRepetition(), cut)
                    .isEqualTo(alone);
        }
        assertThat(parking.parked()).isEmpty();
    }

    /** Report {@code n}'s events to its reward (card {@code card-n}), its reversal if {@code reversed}, a photo. */
    private static List<DomainEventMessage<?>> life(int n, boolean reversed) {
        ReportEvents r = report("report-" + n, "card-" + n);
        CardEvents c = card("card-" + n, "station-a");
        List<DomainEventMessage<?>> events = new ArrayList<>(List.of(
                r.submitted("drain", "grid-1", "station-a", "user-" + n, at(n, 0)),
                r.accepted(10, "clerk", at(n, 1)),
                r.resolved(ResolutionOutcome.FIXED, "crew", at(n, 2)),
                r.verified(10, "inspector", at(n, 3)),
                c.recordedAt(at(n, 3)).rewarded("station-a", r.id(), r.entryId(), 10, MARCH_3)));
        if (reversed) {
            events.add(
                    c.recordedAt(at(n, 5)).reversed("rev-" + n, r.entryId(), EntryType.PROBLEM_REPORT, 0, 10, MARCH_3));
        }
        events.add(r.photo("photo-" + n, "user-" + n, at(n, 4)));
        return events;
    }

    /** The lives merged at random, each in its own order. */
    private static List<DomainEventMessage<?>> interleave(List<List<DomainEventMessage<?>>> lives, Random random) {
        List<List<DomainEventMessage<?>>> left = new ArrayList<>();
        lives.forEach(l -> left.add(new ArrayList<>(l)));
        List<DomainEventMessage<?>> merged = new ArrayList<>();
        while (!left.isEmpty()) {
            List<DomainEventMessage<?>> next = left.get(random.nextInt(left.size()));
            merged.add(next.remove(0));
            if (next.isEmpty()) {
                left.remove(next);
            }
        }
        return merged;
    }

    private Map<String, Object> eachAlone(List<DomainEventMessage<?>> history) {
        history.forEach(event -> inOneBatch(projection, List.of(event)));
        return reads();
    }

    private void rebuild() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
    }

    /** What the HTTP reads see: every report's row and timeline. */
    private Map<String, Object> reads() {
        Map<String, Object> reads = new LinkedHashMap<>();
        for (int n = 1; n <= REPORTS; n++) {
            reads.put("report-" + n, reports.find("report-" + n));
            reads.put("timeline-" + n, reports.timeline("report-" + n));
        }
        return reads;
    }

    private static Instant at(int report, int hours) {
        return T0.plusSeconds(report * 86_400L + hours * 3600L);
    }
}
