package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /reports/{reportId}/verification}: {@code CONFIRMED} or {@code NOT_FIXED}, and an optional note. */
public record VerifyReportRequest(
        @NotNull @Pattern(regexp = "CONFIRMED|NOT_FIXED") @Schema(allowableValues = {"CONFIRMED", "NOT_FIXED"})
        String verdict,

        @Size(min = 1, max = 2000) String note) {}
