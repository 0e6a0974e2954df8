package org.pointsbank.api.gift;

import jakarta.validation.constraints.Size;

/** {@code POST /stations/{stationId}/gifts/{giftId}/retirement}: an optional note, not stored in the event. */
public record RetireGiftRequest(@Size(max = 500) String reason) {}
