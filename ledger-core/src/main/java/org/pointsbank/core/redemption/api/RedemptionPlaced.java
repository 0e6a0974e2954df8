package org.pointsbank.core.redemption.api;

import java.time.Instant;

/** A redemption holds points of a card and stock of a gift until {@code expiresAt}. */
public record RedemptionPlaced(
        String redemptionId,
        String cardId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        Instant placedAt,
        Instant expiresAt) {}
