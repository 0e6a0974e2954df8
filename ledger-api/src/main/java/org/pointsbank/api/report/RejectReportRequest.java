package org.pointsbank.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /reports/{reportId}/rejection}: why, as the reporter reads it. */
public record RejectReportRequest(
        @NotBlank @Size(max = 2000) String reason) {}
