package org.pointsbank.projections.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;
import static org.pointsbank.projections.testing.ReportEvents.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.pointsbank.projections.testing.ReportEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code problem_report}, its timeline and its photos: a report from submission to its reward, a duplicate and its
 * original, a refused reward; however the batches fall, handled twice, and rebuilt by replay.
 */
class ProblemReportProjectionTest extends ProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    private ProblemReportProjection projection;
    private ProblemReportRepository reports;
    private final List<DomainEventMessage<?>> history = new ArrayList<>();
    private ReportEvents fixed;
    private ReportEvents copy;
    private ReportEvents refused;

    @BeforeEach
    void threeReports() {
        projection = new ProblemReportProjection(jdbc, writes, longStatements);
        reports = new ProblemReportRepository(jdbc);
        CardEvents ann = card("card-ann", "station-a");
        fixed = report("report-1", "card-ann");
        copy = report("report-2", "card-bob");
        refused = report("report-3", "card-cat");
        history.addAll(List.of(
                fixed.submitted("drain", "grid-1", "station-a", "ann", T0),
                fixed.photo("photo-1", "ann", at(1)),
                copy.submitted("drain", "grid-1", "station-a", "bob", at(2)),
                fixed.accepted(10, "clerk", at(3)),
                copy.duplicateOf("report-1", "clerk", at(4)),
                fixed.linked("report-2", "clerk", at(4)),
                fixed.dispatched("crew 7", at(48), "clerk", at(5)),
                fixed.resolved(ResolutionOutcome.FIXED, "crew", at(20)),
                fixed.reopened("inspector", at(21)),
                fixed.dispatched("crew 8", at(72), "clerk", at(22)),
                fixed.resolved(ResolutionOutcome.FIXED, "crew", at(30)),
                fixed.verified(10, "inspector", at(31)),
                ann.recordedAt(at(31)).rewarded("station-a", "report-1", fixed.entryId(), 10, MARCH_3),
                refused.submitted("lane", "grid-2", "station-b", "cat", at(6)),
                refused.accepted(5, "clerk", at(7)),
                refused.resolved(ResolutionOutcome.NOT_OUR_RESPONSIBILITY, "crew", at(8)),
                refused.verified(5, "inspector", at(9)),
                refused.rewardRefused("DAILY_LIMIT_EXCEEDED", at(9)),
                fixed.photoErased("photo-1", "admin", at(40)),
                ann.recordedAt(at(41)).reversed("rev-1", fixed.entryId(), EntryType.PROBLEM_REPORT, 0, 10, MARCH_3)));
        history.forEach(log::append);
    }

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    @Test
    void aReportShowsWhereItStandsWhatTheCardReallyCreditedAndEveryStepOnItsTimeline() {
        inOneBatch(projection, history);

        ReportRow row = reports.find("report-1").orElseThrow();
        assertThat(row.status()).isEqualTo("VERIFIED");
        assertThat(row.acceptedPoints()).isEqualTo(10);
        assertThat(row.assignee()).isEqualTo("crew 8");
        assertThat(row.dueBy()).isEqualTo(at(72));
        assertThat(row.resolvedAt()).isEqualTo(at(30));
        assertThat(row.feedback()).isEqualTo("done: FIXED");
        assertThat(row.pointsCredited()).isEqualTo(10L);
        assertThat(row.entryId()).isEqualTo(fixed.entryId());
        assertThat(row.rewardReversed()).isTrue();
        assertThat(row.closedAt()).isEqualTo(at(31));
        assertThat(row.updatedAt()).isEqualTo(at(41)); // the reversal of its reward
        assertThat(row.lat()).isEqualTo(30.25);

        assertThat(reports.timeline("report-1"))
                .extracting(TimelineLine::event, TimelineLine::status, TimelineLine::by)
                .containsExactly(
                        tuple("SUBMITTED", "SUBMITTED", "ann"),
                        tuple("PHOTO_ATTACHED", "SUBMITTED", "ann"),
                        tuple("ACCEPTED", "ACCEPTED", "clerk"),
                        tuple("DUPLICATE_LINKED", "ACCEPTED", "clerk"),
                        tuple("DISPATCHED", "DISPATCHED", "clerk"),
                        tuple("RESOLVED", "RESOLVED", "crew"),
                        tuple("REOPENED", "ACCEPTED", "inspector"),
                        tuple("DISPATCHED", "DISPATCHED", "clerk"),
                        tuple("RESOLVED", "RESOLVED", "crew"),
                        tuple("VERIFIED", "VERIFIED", "inspector"),
                        tuple("REWARD_CREDITED", "VERIFIED", "verifier"),
                        tuple("PHOTO_ERASED", "VERIFIED", "admin"),
                        tuple("REWARD_REVERSED", "VERIFIED", null));
        assertThat(reports.photos("report-1"))
                .extracting(PhotoRef::photoId, PhotoRef::attachedAt, PhotoRef::erasedAt, PhotoRef::erasedBy)
                .containsExactly(tuple("photo-1", at(1), at(40), "admin"));
        assertThat(parking.parked()).isEmpty();
    }

    @Test
    void aDuplicateNamesItsOriginalAndARefusedRewardItsCodeWithNothingCredited() {
        inOneBatch(projection, history);

        ReportRow duplicate = reports.find("report-2").orElseThrow();
        assertThat(duplicate.status()).isEqualTo("DUPLICATE");
        assertThat(duplicate.duplicateOf()).isEqualTo("report-1");
        assertThat(duplicate.acceptedAt()).isNull();
        ReportRow refusal = reports.find("report-3").orElseThrow();
        assertThat(refusal.status()).isEqualTo("VERIFIED");
        assertThat(refusal.pointsDue()).isEqualTo(5);
        assertThat(refusal.pointsCredited()).isNull();
        assertThat(refusal.rewardRefusalCode()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        assertThat(reports.timeline("report-3"))
                .extracting(TimelineLine::event, TimelineLine::status, TimelineLine::note)
                .endsWith(tuple("REWARD_REFUSED", "VERIFIED", "DAILY_LIMIT_EXCEEDED"));
    }

    @Test
    void listsFilterByStatusStationCellAndTimeNewestFirstAndPageByCursor() {
        inOneBatch(projection, history);
        jdbc.update("INSERT INTO grid_cell (cell_id, parent_id, station_seq, added_at) VALUES"
                + " ('community-1', NULL, 0, now()), ('grid-1', 'community-1', 0, now())");

        assertThat(reports.list(query(null, null, null, null, null, null, 10)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-3", "report-2", "report-1");
        assertThat(reports.list(query("VERIFIED", "station-a", null, null, null, null, 10)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-1");
        assertThat(reports.list(query(null, null, "community-1", null, null, null, 10)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-2", "report-1");
        assertThat(reports.list(query(null, null, null, at(2), at(6), null, 10)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-2");
        List<ReportRow> first = reports.list(query(null, null, null, null, null, null, 2));
        assertThat(reports.list(query(null, null, null, null, null, ReportCursor.after(first.get(1)), 2)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-1");
        assertThat(reports.list(new FindReports(null, null, List.of("station-b"), null, null, null, null, 10)))
                .extracting(ReportRow::reportId)
                .containsExactly("report-3");
        assertThat(reports.ofCard("card-bob", 10))
                .extracting(ReportRow::reportId)
                .containsExactly("report-2");
    }

    private static FindReports query(
            String status, String station, String cell, Instant from, Instant to, ReportCursor after, int limit) {
        return new FindReports(status, station, null, cell, from, to, after, limit);
    }

    @Test
    void batchesCutAnywhereAndEventsHandledTwiceGiveTheRowsOfOneBatchAndSoDoesAReplay() {
        inOneBatch(projection, history);
        Map<String, List<Map<String, Object>>> oneBatch = readModel();

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        assertThat(readModel().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        for (int from = 0; from < history.size(); from += 3) {
            List<DomainEventMessage<?>> batch = history.subList(from, Math.min(from + 3, history.size()));
            inOneBatch(projection, batch);
            inOneBatch(projection, batch); // delivered again
        }
        assertThat(readModel()).isEqualTo(oneBatch);

        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> new AnnotationEventHandlerAdapter(projection).prepareReset());
        inOneBatch(projection, List.<EventMessage<?>>copyOf(history));
        assertThat(readModel()).isEqualTo(oneBatch);
        assertThat(oneBatch.get("report_timeline"))
                .hasSize(history.size() - 1); // a line per event, but the reversal's: that is with its reward
        assertThat(oneBatch.get("report_reward"))
                .extracting(r -> r.get("report_id"), r -> r.get("points_credited"), r -> r.get("reversed"))
                .containsExactly(tuple("report-1", 10L, true));
        assertThat(parking.parked()).isEmpty();
    }

    private Map<String, List<Map<String, Object>>> readModel() {
        return Map.of(
                "problem_report", jdbc.queryForList("SELECT * FROM problem_report ORDER BY report_id"),
                "report_timeline", jdbc.queryForList("SELECT * FROM report_timeline ORDER BY report_id, position"),
                "report_photo_ref", jdbc.queryForList("SELECT * FROM report_photo_ref ORDER BY photo_id"),
                "report_reward", jdbc.queryForList("SELECT * FROM report_reward ORDER BY entry_id"));
    }
}
