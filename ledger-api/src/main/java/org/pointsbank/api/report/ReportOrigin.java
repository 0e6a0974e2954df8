package org.pointsbank.api.report;

import java.time.Instant;

/**
 * Where a report came from, as its first event recorded it, which never changes: the reporter's card, the user who
 * submitted it, when, its category and the station that handles it.
 */
public record ReportOrigin(
        String reportId,
        String cardId,
        String categoryCode,
        String stationId,
        String submittedBy,
        Instant submittedAt) {}
