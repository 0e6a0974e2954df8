package org.pointsbank.api.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /reports/{reportId}/duplicate}: the original report, and an optional note. */
public record MarkDuplicateRequest(
        @NotBlank @Size(max = 64) String ofReportId,
        @Size(min = 1, max = 2000) String note) {}
