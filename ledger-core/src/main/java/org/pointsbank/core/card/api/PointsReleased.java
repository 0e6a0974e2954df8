package org.pointsbank.core.card.api;

import java.time.Instant;

/** Points held for a redemption are available again; the balance never changed. */
public record PointsReleased(
        String cardId,
        String redemptionId,
        String stationId,
        long points,
        long availableAfter,
        String reason,
        Instant recordedAt) {}
