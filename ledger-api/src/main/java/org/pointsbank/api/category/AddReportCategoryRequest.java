package org.pointsbank.api.category;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /report-categories}: a slug code (Open311's {@code service_code}), a name, the points a verified report
 * of it earns (0–100; out of range is 422 INVALID_CATEGORY_TERMS, the catalogue's rule) and an optional description.
 */
public record AddReportCategoryRequest(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9][a-z0-9-]{1,63}",
                message = "must be a slug: 2 to 64 lowercase letters, digits and dashes")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotNull @Schema(minimum = "0", maximum = "100") Integer points,
        @Size(min = 1, max = 2000) String description) {}
