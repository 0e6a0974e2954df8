package org.pointsbank.api.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A triage, dispatch or resolution step just recorded: the report's status after it, and what the step set
 * ({@code points} a verification will pay, on acceptance; {@code duplicateOf}; {@code assignee} and {@code dueBy};
 * {@code outcome}). Fields a step does not set are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportStepResponse(
        String reportId,
        String status,
        Integer points,
        String duplicateOf,
        String assignee,
        Instant dueBy,
        String outcome) {

    static ReportStepResponse of(String reportId, String status) {
        return new ReportStepResponse(reportId, status, null, null, null, null, null);
    }
}
