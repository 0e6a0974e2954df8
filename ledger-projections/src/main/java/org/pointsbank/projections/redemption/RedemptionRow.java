package org.pointsbank.projections.redemption;

import java.time.Instant;

/** A redemption as the read model knows it; {@code finishedAt} and {@code reason} are set once it is final. */
public record RedemptionRow(
        String redemptionId,
        String cardId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        String status,
        Instant placedAt,
        Instant expiresAt,
        Instant finishedAt,
        String reason) {}
