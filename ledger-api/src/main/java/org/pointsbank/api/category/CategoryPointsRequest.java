package org.pointsbank.api.category;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** {@code POST /report-categories/{code}/points}: the points for reports accepted from now on (0–100). */
public record CategoryPointsRequest(
        @NotNull @Schema(minimum = "0", maximum = "100") Integer points) {}
