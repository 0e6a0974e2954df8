package org.pointsbank.api.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /reports}: what was seen ({@code categoryCode}, {@code description}), where ({@code gridCellId}, and
 * optionally {@code location} and {@code address}), and the card it is reported on.
 */
public record SubmitReportRequest(
        @NotBlank @Size(max = 64) String categoryCode,
        @NotBlank @Size(max = 64) String gridCellId,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 64) String cardId,
        @Valid ReportLocation location,
        @Size(min = 1, max = 500) String address) {}
