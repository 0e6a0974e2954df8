package org.pointsbank.projections.statement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a card's statement. {@code description} is the activity, topic or reversal
 * reason; {@code reverses} / {@code reversedBy} link a reversal and the entry it corrects; {@code activityId}
 * names the activity whose close credited it (its title is the description); {@code reportId} the problem report
 * whose verification it rewards.
 */
public record StatementLine(
        String entryId,
        String cardId,
        long sequence,
        String type,
        String stationId,
        String description,
        int minutes,
        long points,
        long runningBalance,
        LocalDate occurredOn,
        Instant recordedAt,
        String policyVersion,
        String reverses,
        String reversedBy,
        String activityId,
        String reportId) {}
