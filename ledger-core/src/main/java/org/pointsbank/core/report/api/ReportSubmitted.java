package org.pointsbank.core.report.api;

import java.time.Instant;

/** A problem report was submitted; {@code stationId} is the station that handles it. */
public record ReportSubmitted(
        String reportId,
        String cardId,
        String categoryCode,
        String gridCellId,
        String stationId,
        String description,
        Location location,
        String address,
        String by,
        Instant at) {}
