package org.pointsbank.core.gift.api;

import java.time.Instant;

/** Stock held for a redemption is back on the shelf; it no longer counts against the card's monthly limit. */
public record GiftStockReleased(
        String giftId,
        String stationId,
        String redemptionId,
        String cardId,
        int quantity,
        int stockAfter,
        String reason,
        Instant recordedAt) {}
