package org.pointsbank.api.redemption;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /cards/{cardId}/redemptions}: which gift of the shop, how many. */
public record RedeemRequest(
        @NotBlank @Size(max = 64) String giftId,
        @NotNull @Min(1) @Max(100) Integer quantity) {}
