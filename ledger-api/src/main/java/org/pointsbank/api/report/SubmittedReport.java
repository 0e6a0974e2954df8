package org.pointsbank.api.report;

import java.time.Instant;

/**
 * A report just submitted, as the submission recorded it: {@code stationId} is the station that handles the report's
 * grid cell, {@code categoryName} and {@code points} the category's terms at submission (the points a verified
 * report earns are the category's when it is accepted).
 */
public record SubmittedReport(
        String reportId,
        String status,
        String cardId,
        String categoryCode,
        String categoryName,
        int points,
        String gridCellId,
        String stationId,
        String description,
        ReportLocation location,
        String address,
        Instant submittedAt) {}
