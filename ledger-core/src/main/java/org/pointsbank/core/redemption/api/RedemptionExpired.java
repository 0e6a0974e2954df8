package org.pointsbank.core.redemption.api;

import java.time.Instant;

/** The hold ran out at {@code expiresAt}: the redemption process releases the card's points and the gift's stock. */
public record RedemptionExpired(
        String redemptionId,
        String cardId,
        String giftId,
        String stationId,
        long points,
        Instant expiresAt,
        Instant recordedAt) {}
