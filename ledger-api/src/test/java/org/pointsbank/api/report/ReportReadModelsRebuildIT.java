package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.projection.ProjectionStatus;
import org.pointsbank.api.projection.Projections;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.report.api.Location;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grid, category and report read models are read models like the others: streaming, listed for rebuild with
 * their dead-letter queues, and rebuilt from the log identical. The events are appended past the command side
 * (the read models are what is tested), a report's reward to a real card's stream.
 */
class ReportReadModelsRebuildIT extends IntegrationTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactions;

    @Autowired
    private Projections projections;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"grid_cell", "report_category", "problem_report"})
    void rebuildingTheReadModelFromTheLogGivesTheSameRows(String name) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String station = ledger.station();
        String card = ledger.card(station);
        String cell = "cell-" + id;
        String category = "drain-" + id;
        String report = "report-" + id;
        publish("GridCell", cell, 0, new GridCellAdded(cell, "Elm", GridLevel.COUNTY, null, station, AT));
        publish("ReportCategory", category, 0, new ReportCategoryAdded(category, "Drain", 10, null, AT));
        publish(
                "ProblemReport",
                report,
                0,
                new ReportSubmitted(
                        report, card, category, cell, station, "loose", new Location(30, 120), null, "ann", AT));
        publish("ProblemReport", report, 1, new ReportAccepted(report, 10, null, "clerk", AT));
        publish("ProblemReport", report, 2, new ReportResolved(report, ResolutionOutcome.FIXED, "done", "crew", AT));
        String entry = ReportEntryIds.entryIdFor(report);
        publish("ProblemReport", report, 3, new ReportVerified(report, card, 10, entry, null, "inspector", AT));
        long next = jdbc.queryForObject(
                "SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                card);
        publish(
                "RewardCard",
                card,
                next,
                new ProblemReportCredited(
                        card, entry, station, report, category, LocalDate.of(2026, 3, 2), 10, 10, "v1", AT));

        String dump = switch (name) {
            case "grid_cell" -> "SELECT * FROM grid_cell WHERE cell_id = '" + cell + "'";
            case "report_category" -> "SELECT * FROM report_category WHERE code = '" + category + "'";
            default ->
                "SELECT r.*, w.points_credited, w.entry_id, w.reversed, t.position, t.event, t.status AS line_status"
                        + " FROM problem_report r LEFT JOIN report_reward w ON w.report_id = r.report_id"
                        + " JOIN report_timeline t ON t.report_id = r.report_id WHERE r.report_id = '" + report
                        + "' ORDER BY t.position";
        };
        int rows = name.equals("problem_report") ? 5 : 1;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(dump)).hasSize(rows));
        if (name.equals("problem_report")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                    "SELECT points_credited FROM report_reward WHERE report_id = ?",
                                    Long.class,
                                    report))
                            .isEqualTo(10L));
        }
        List<Map<String, Object>> before = jdbc.queryForList(dump);
        ProjectionStatus status = projections.status(name);
        assertThat(status.rebuildable()).isTrue();
        assertThat(status.parked()).as("its dead-letter queue's count").isZero();

        projections.rebuild(name);

        await().atMost(Duration.ofSeconds(60)).until(() -> !projections.isRebuilding(name));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.queryForList(dump)).isEqualTo(before));
    }

    private void publish(String type, String aggregate, long sequence, Object payload) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(
                new GenericDomainEventMessage<>(type, aggregate, sequence, payload, Map.of("actor", "admin"))));
    }
}
