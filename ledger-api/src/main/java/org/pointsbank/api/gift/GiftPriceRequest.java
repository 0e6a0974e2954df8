package org.pointsbank.api.gift;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /stations/{stationId}/gifts/{giftId}/price}: for redemptions from now on. */
public record GiftPriceRequest(
        @NotNull @Min(1) @Max(100_000) Long pointsCost) {}
