package org.pointsbank.api.report;

import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.MarkReportDuplicate;
import org.springframework.stereotype.Service;

/**
 * Marking a report a duplicate of another, inside the request's unit of work. The original must be a report (ids are
 * one namespace in the log: a card, grid cell or category id is no report) handled by the same station as the
 * duplicate (one across stations is a different problem, each station's own). Both reports are locked in the order of
 * their ids, whichever is the duplicate, so "A duplicates B" and "B duplicates A" at once wait for each other rather
 * than deadlock: the second then finds its original a duplicate (or itself no longer submitted) and is refused, and
 * a refusal of either command rolls back both.
 */
@Service
public class ReportDuplicates {

    private final LedgerCommands commands;
    private final ReportOrigins origins;

    public ReportDuplicates(LedgerCommands commands, ReportOrigins origins) {
        this.commands = commands;
        this.origins = origins;
    }

    /** Refusals: 422 INVALID_DUPLICATE, 404 REPORT_NOT_FOUND naming {@code ofReportId}, and the commands' own. */
    public void mark(String reportId, String ofReportId, String note, String by) {
        if (ofReportId.equals(reportId)) {
            throw ReportProblems.invalidDuplicate(reportId);
        }
        ReportOrigin duplicate = origins.require(reportId);
        ReportOrigin original = origins.find(ofReportId).orElseThrow(() -> ReportProblems.originalNotFound(ofReportId));
        if (!original.stationId().equals(duplicate.stationId())) {
            throw ReportProblems.duplicateAcrossStations(duplicate, original);
        }
        MarkReportDuplicate mark = new MarkReportDuplicate(reportId, ofReportId, note, by);
        LinkDuplicate link = new LinkDuplicate(ofReportId, reportId, by);
        if (ofReportId.compareTo(reportId) < 0) {
            commands.send(link);
            commands.send(mark);
        } else {
            commands.send(mark);
            commands.send(link);
        }
    }
}
