package org.pointsbank.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code POST /reports/{reportId}/dispatch}: who fixes it (a person or a team), and optionally by when. */
public record DispatchReportRequest(
        @NotBlank @Size(max = 200) String assignee, Instant dueBy) {}
