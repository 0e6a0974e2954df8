package org.pointsbank.projections.audit;

import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.category.api.ReportCategoryAdded;
import org.pointsbank.core.category.api.ReportCategoryPointsChanged;
import org.pointsbank.core.category.api.ReportCategoryRetired;
import org.pointsbank.core.grid.api.GridCellAdded;
import org.pointsbank.core.grid.api.HandlingStationAssigned;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.report.api.PhotoErased;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.RewardRefused;

/**
 * What the audit trail names of the grid, the category catalogue, problem reports and their rewards: the card,
 * station and entry ({@link #of}), and the report, category and cell ({@link #names}) each event carries.
 */
final class ReportEventFacts {

    private ReportEventFacts() {}

    /** The event's card, station, entry and points if it is one of these, else null. */
    static EventFacts of(Object event) {
        if (event instanceof ProblemReportCredited e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), e.points(), e.policyVersion());
        }
        if (event instanceof ReportSubmitted e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof ReportVerified e) {
            return new EventFacts(e.cardId(), null, e.entryId(), null, null);
        }
        if (event instanceof RewardRefused e) {
            return new EventFacts(e.cardId(), null, null, null, null);
        }
        if (event instanceof GridCellAdded e) {
            return new EventFacts(null, e.stationId(), null, null, null);
        }
        if (event instanceof HandlingStationAssigned e) {
            // back to inheriting: the station it stopped naming
            String station = e.stationId() != null ? e.stationId() : e.previousStationId();
            return new EventFacts(null, station, null, null, null);
        }
        return null;
    }

    /** The report, category and grid cell the event names. */
    static ReportNames names(Object event) {
        if (event instanceof ReportSubmitted e) {
            return new ReportNames(e.reportId(), e.categoryCode(), e.gridCellId());
        }
        if (event instanceof ProblemReportCredited e) {
            return new ReportNames(e.reportId(), e.categoryCode(), null);
        }
        if (event instanceof GridCellAdded e) {
            return new ReportNames(null, null, e.cellId());
        }
        if (event instanceof HandlingStationAssigned e) {
            return new ReportNames(null, null, e.cellId());
        }
        String category = categoryCode(event);
        if (category != null) {
            return new ReportNames(null, category, null);
        }
        String report = reportId(event);
        return report == null ? ReportNames.NONE : new ReportNames(report, null, null);
    }

    private static String categoryCode(Object event) {
        if (event instanceof ReportCategoryAdded e) {
            return e.code();
        }
        if (event instanceof ReportCategoryPointsChanged e) {
            return e.code();
        }
        if (event instanceof ReportCategoryRetired e) {
            return e.code();
        }
        return null;
    }

    /** The report of every later event of a report (its submission is handled above). */
    private static String reportId(Object event) {
        if (event instanceof ReportAccepted e) {
            return e.reportId();
        }
        if (event instanceof ReportRejected e) {
            return e.reportId();
        }
        if (event instanceof ReportMarkedDuplicate e) {
            return e.reportId();
        }
        if (event instanceof DuplicateLinked e) {
            return e.reportId();
        }
        if (event instanceof ReportDispatched e) {
            return e.reportId();
        }
        if (event instanceof ReportResolved e) {
            return e.reportId();
        }
        if (event instanceof ReportReopened e) {
            return e.reportId();
        }
        if (event instanceof ReportVerified e) {
            return e.reportId();
        }
        if (event instanceof RewardRefused e) {
            return e.reportId();
        }
        if (event instanceof PhotoAttached e) {
            return e.reportId();
        }
        if (event instanceof PhotoErased e) {
            return e.reportId();
        }
        return null;
    }
}
