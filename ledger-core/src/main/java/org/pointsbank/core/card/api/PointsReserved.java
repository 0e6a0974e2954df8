package org.pointsbank.core.card.api;

import java.time.Instant;

/** Points of the card are held for a redemption; {@code availableAfter} is the balance less every hold. */
public record PointsReserved(
        String cardId,
        String redemptionId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        long availableAfter,
        Instant recordedAt) {}
