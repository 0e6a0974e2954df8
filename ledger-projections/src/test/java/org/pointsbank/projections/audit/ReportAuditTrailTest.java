package org.pointsbank.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pointsbank.projections.testing.CardEvents.card;
import static org.pointsbank.projections.testing.ReportEvents.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.GridLevel;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.projections.testing.CardEvents;
import org.pointsbank.projections.testing.ProjectionTest;
import org.pointsbank.projections.testing.ReportEvents;

/**
 * The audit trail names the report, category, grid cell, card and station of every event of the grid, the
 * catalogue, a report and its reward: what the event carries, and for a report's later events what its
 * submission recorded.
 */
class ReportAuditTrailTest extends ProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void everyEventOfTheGridTheCatalogueAReportAndItsRewardNamesWhatItIsAbout() {
        CardEvents ann = card("card-ann", "station-a");
        ReportEvents r = report("report-1", "card-ann");
        List<DomainEventMessage<?>> events = List.of(
                event("GridCell", "cell-1", 0, new GridCellAdded("cell-1", "Elm", GridLevel.COUNTY, null, "st-x", AT)),
                event("GridCell", "cell-1", 1, new HandlingStationAssigned("cell-1", null, "st-x", AT)),
                event("ReportCategory", "drain", 0, new ReportCategoryAdded("drain", "Drain", 10, null, AT)),
                event("ReportCategory", "drain", 1, new ReportCategoryPointsChanged("drain", 12, 10, AT)),
                r.submitted("drain", "cell-1", "station-a", "ann", AT),
                r.photo("photo-1", "ann", AT),
                r.accepted(12, "clerk", AT),
                r.dispatched("crew", null, "clerk", AT),
                r.resolved(ResolutionOutcome.FIXED, "crew", AT),
                r.verified(12, "inspector", AT),
                ann.rewarded("station-a", "report-1", r.entryId(), 12, LocalDate.of(2026, 3, 2)),
                event("ReportCategory", "drain", 2, new ReportCategoryRetired("drain", AT)));
        events.forEach(log::append);

        inOneBatch(new AuditTrailProjection(jdbc, writes, longStatements), events);

        assertThat(new AuditTrailRepository(jdbc).page(0, 20))
                .extracting(
                        AuditEntry::type,
                        AuditEntry::reportId,
                        AuditEntry::categoryCode,
                        AuditEntry::gridCellId,
                        AuditEntry::cardId,
                        AuditEntry::stationId,
                        AuditEntry::entryId,
                        AuditEntry::points)
                .containsExactly(
                        tuple("GridCellAdded", null, null, "cell-1", null, "st-x", null, null),
                        // back to inheriting: the station it stopped naming
                        tuple("HandlingStationAssigned", null, null, "cell-1", null, "st-x", null, null),
                        tuple("ReportCategoryAdded", null, "drain", null, null, null, null, null),
                        tuple("ReportCategoryPointsChanged", null, "drain", null, null, null, null, null),
                        tuple("ReportSubmitted", "report-1", "drain", "cell-1", "card-ann", "station-a", null, null),
                        tuple("PhotoAttached", "report-1", "drain", "cell-1", "card-ann", "station-a", null, null),
                        tuple("ReportAccepted", "report-1", "drain", "cell-1", "card-ann", "station-a", null, null),
                        tuple("ReportDispatched", "report-1", "drain", "cell-1", "card-ann", "station-a", null, null),
                        tuple("ReportResolved", "report-1", "drain", "cell-1", "card-ann", "station-a", null, null),
                        tuple(
                                "ReportVerified",
                                "report-1",
                                "drain",
                                "cell-1",
                                "card-ann",
                                "station-a",
                                r.entryId(),
                                null),
                        tuple(
                                "ProblemReportCredited",
                                "report-1",
                                "drain",
                                "cell-1",
                                "card-ann",
                                "station-a",
                                r.entryId(),
                                12L),
                        tuple("ReportCategoryRetired", null, "drain", null, null, null, null, null));
    }
}
