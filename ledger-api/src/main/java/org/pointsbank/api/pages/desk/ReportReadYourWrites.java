package org.pointsbank.api.pages.desk;

import java.time.Duration;
import java.util.Objects;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.pointsbank.projections.report.ReportRow;
import org.springframework.stereotype.Component;

/**
 * The report's read model follows the log by moments: before the desk redirects to a report it just changed, it
 * waits (up to {@value #WAIT_MILLIS} ms) until the read model shows the status the step answered, so the page shows
 * what was just done. After that the page shows whatever the read model holds; nothing is lost by a timeout.
 */
@Component
class ReportReadYourWrites {

    static final long WAIT_MILLIS = 2_000;
    private static final long POLL_MILLIS = 25;

    private final ProblemReportRepository reports;

    ReportReadYourWrites(ProblemReportRepository reports) {
        this.reports = reports;
    }

    void awaitStatus(String reportId, String status) {
        long deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
        while (System.nanoTime() < deadline) {
            String seen = reports.find(reportId).map(ReportRow::status).orElse(null);
            if (Objects.equals(seen, status)) {
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
