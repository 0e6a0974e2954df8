package org.pointsbank.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A report as the read model holds it: what, where and on which card; its status and the latest dispatch
 * ({@code assignee}, {@code dueBy}) and resolution ({@code outcome}, {@code feedback}, {@code resolvedAt}); the points
 * accepted ({@code acceptedPoints}, what a verification pays) and those the card recorded ({@code pointsCredited},
 * {@code entryId}, {@code rewardReversed} once the entry was reversed) or why it refused them
 * ({@code rewardRefusal}); {@code duplicateOf} for a duplicate. The single report adds its {@code timeline} and
 * {@code photoIds}; lists leave them out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportResponse(
        String reportId,
        String status,
        String cardId,
        String categoryCode,
        String categoryName,
        String gridCellId,
        String stationId,
        String stationName,
        String description,
        ReportLocation location,
        String address,
        Instant submittedAt,
        Integer acceptedPoints,
        String assignee,
        Instant dueBy,
        String outcome,
        String feedback,
        Instant resolvedAt,
        Instant verifiedAt,
        Long pointsCredited,
        String entryId,
        Boolean rewardReversed,
        RewardRefusal rewardRefusal,
        String duplicateOf,
        Instant updatedAt,
        List<TimelineLineResponse> timeline,
        List<String> photoIds) {}
