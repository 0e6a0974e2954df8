package org.pointsbank.projections.report;

import java.time.Instant;

/** Where a page of reports (newest first) stopped: the last report's submission instant and id. */
public record ReportCursor(Instant submittedAt, String reportId) {

    public static ReportCursor after(ReportRow last) {
        return new ReportCursor(last.submittedAt(), last.reportId());
    }
}
