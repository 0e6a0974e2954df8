package org.pointsbank.api.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.pointsbank.projections.statement.StatementLine;

/**
 * One statement line: an entry and the card's balance right after it; {@code activityId} names the activity whose
 * close credited it (its {@code description} is the activity's title); {@code reportId} the problem report whose
 * verification a {@code PROBLEM_REPORT} entry rewards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementLineResponse(
        String entryId,
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
        String reportId) {

    static StatementLineResponse of(StatementLine line) {
        return new StatementLineResponse(
                line.entryId(),
                line.type(),
                line.stationId(),
                line.description(),
                line.minutes(),
                line.points(),
                line.runningBalance(),
                line.occurredOn(),
                line.recordedAt(),
                line.policyVersion(),
                line.reverses(),
                line.reversedBy(),
                line.activityId(),
                line.reportId());
    }
}
