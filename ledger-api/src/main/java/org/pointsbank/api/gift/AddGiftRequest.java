package org.pointsbank.api.gift;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /stations/{stationId}/gifts}. */
public record AddGiftRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(1) @Max(100_000) Long pointsCost,
        @NotNull @Min(0) @Max(100_000) Integer stock,
        @Min(1) Integer perCardMonthlyLimit) {}
