package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Points left the card for a gift handed over: a statement entry ({@code entryId} is the redemption's id)
 * with negative {@code points}. It spends points, it does not undo earnings: no ranking counts it.
 */
public record GiftRedeemed(
        String cardId,
        String entryId,
        String redemptionId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        long balanceAfter,
        LocalDate occurredOn,
        Instant recordedAt) {}
