package org.pointsbank.projections.report;

import java.time.Instant;

/**
 * A problem report as the read model holds it. {@code status} is a {@code ReportStatus} name; {@code outcome},
 * {@code feedback} and {@code resolvedAt} are the latest resolution's; {@code assignee} and {@code dueBy} the latest
 * dispatch's; {@code pointsDue} what verification found owed, {@code pointsCredited} and {@code entryId} what the
 * card recorded ({@code null} until then), {@code rewardReversed} that this entry was reversed since;
 * {@code rewardRefusalCode} why the card refused the reward. {@code categoryName} and {@code stationName} come from
 * the catalogue and the stations as they are now.
 */
public record ReportRow(
        String reportId,
        String cardId,
        String categoryCode,
        String categoryName,
        String gridCellId,
        String stationId,
        String stationName,
        String description,
        Double lat,
        Double lon,
        String address,
        String status,
        String submittedBy,
        Instant submittedAt,
        Integer acceptedPoints,
        Instant acceptedAt,
        String assignee,
        Instant dispatchedAt,
        Instant dueBy,
        String outcome,
        String feedback,
        String resolvedBy,
        Instant resolvedAt,
        String verifiedBy,
        Instant verifiedAt,
        Integer pointsDue,
        Long pointsCredited,
        String entryId,
        boolean rewardReversed,
        String rewardRefusalCode,
        String duplicateOf,
        Instant closedAt,
        Instant updatedAt) {}
