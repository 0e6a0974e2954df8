package org.pointsbank.api.gift;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /stations/{stationId}/gifts/{giftId}/restock}. */
public record RestockRequest(@NotNull @Min(1) @Max(100_000) Integer quantity) {}
