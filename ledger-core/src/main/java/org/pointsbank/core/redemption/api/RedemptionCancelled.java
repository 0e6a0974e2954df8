package org.pointsbank.core.redemption.api;

import java.time.Instant;

/** Called off before hand-over: the redemption process releases the card's points and the gift's stock. */
public record RedemptionCancelled(
        String redemptionId,
        String cardId,
        String giftId,
        String stationId,
        long points,
        String reason,
        Instant recordedAt) {}
