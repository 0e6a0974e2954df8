package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /reports/{reportId}/resolution}: the honest outcome, and the feedback the reporter reads. Only
 * {@code FIXED} says the problem is gone.
 */
public record ResolveReportRequest(
        @NotNull
        @Pattern(regexp = "FIXED|NOT_OUR_RESPONSIBILITY|NO_ACTION_NEEDED")
        @Schema(allowableValues = {"FIXED", "NOT_OUR_RESPONSIBILITY", "NO_ACTION_NEEDED"})
        String outcome,

        @NotBlank @Size(max = 2000) String feedback) {}
