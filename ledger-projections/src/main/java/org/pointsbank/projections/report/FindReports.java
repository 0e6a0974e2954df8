package org.pointsbank.projections.report;

import java.time.Instant;
import java.util.Collection;

/**
 * A list of reports, newest first: every filter {@code null} means any. {@code status} a {@code ReportStatus} name;
 * {@code stationId} the handling station; {@code stationIds} the stations the reader may see (staff: theirs);
 * {@code gridCellId} the cell and every cell below it; {@code from} (inclusive) and {@code to} (exclusive) instants
 * on {@code submittedAt}, as the statement's list; {@code after} the cursor of the previous page; {@code statuses}
 * any of these {@code ReportStatus} names and {@code categoryCodes} any of these categories (Open311's filters).
 */
public record FindReports(
        String status,
        String stationId,
        Collection<String> stationIds,
        String gridCellId,
        Instant from,
        Instant to,
        ReportCursor after,
        int limit,
        Collection<String> statuses,
        Collection<String> categoryCodes) {

    public FindReports(
            String status,
            String stationId,
            Collection<String> stationIds,
            String gridCellId,
            Instant from,
            Instant to,
            ReportCursor after,
            int limit) {
        this(status, stationId, stationIds, gridCellId, from, to, after, limit, null, null);
    }
}
