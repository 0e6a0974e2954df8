package org.pointsbank.api.redemption;

import jakarta.validation.constraints.Size;

/**
 * The optional body of {@code POST /redemptions/{id}/fulfilment} and {@code .../cancellation}: a note; for a
 * cancellation it is recorded as the reason.
 */
public record FinishRedemptionRequest(@Size(max = 500) String reason) {}
