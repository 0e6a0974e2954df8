package org.pointsbank.api.report;

import java.time.Instant;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.projections.report.FindReports;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.pointsbank.projections.report.ReportCursor;
import org.pointsbank.projections.report.ReportRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reports as their reader may see them, from the read model: one with its timeline, and keyset pages of a list. The
 * API's {@link ReportReadController} and the desk's pages both read here, so what a list holds (staff: their own
 * stations' reports) and how a reader sees a report ({@link ReportView}) are decided once.
 */
@Service
public class ReportReads {

    private final ProblemReportRepository reports;

    public ReportReads(ProblemReportRepository reports) {
        this.reports = reports;
    }

    /** The report and its timeline: 404 REPORT_NOT_FOUND until the read model holds it. */
    public ReportResponse one(String reportId, LedgerUser reader) {
        return reports.details(reportId)
                .map(details -> ReportView.of(details, reader))
                .orElseThrow(() -> ReportProblems.reportNotFound(reportId));
    }

    /**
     * A page of at most {@code limit} reports, newest first, after {@code cursor} (null: the first). Staff read their
     * own stations' reports only: another {@code stationId} is 403 WRONG_STATION.
     */
    public ReportPageResponse list(
            LedgerUser reader,
            String status,
            String stationId,
            String gridCellId,
            Instant from,
            Instant to,
            String cursor,
            int limit) {
        List<String> visible = null;
        if (reader.is(Role.STAFF)) {
            if (stationId != null && !reader.worksAt(stationId)) {
                throw new ApiException(
                        HttpStatus.FORBIDDEN,
                        "WRONG_STATION",
                        "staff read the reports of their own stations only",
                        "stationId");
            }
            visible = List.copyOf(reader.stationIds());
        }
        List<ReportRow> rows = reports.list(new FindReports(
                status, stationId, visible, gridCellId, from, to, ReportCursors.decode(cursor), limit + 1));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = ReportCursors.encode(ReportCursor.after(rows.get(limit - 1)));
        }
        return new ReportPageResponse(
                rows.stream().map(row -> ReportView.of(row, reader, null, null)).toList(), next);
    }
}
