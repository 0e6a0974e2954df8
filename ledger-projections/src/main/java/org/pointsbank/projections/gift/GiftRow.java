package org.pointsbank.projections.gift;

import java.time.Instant;

/** A gift in a station's shop: {@code status} is {@code AVAILABLE} or {@code RETIRED}. */
public record GiftRow(
        String giftId,
        String stationId,
        String name,
        long pointsCost,
        int stock,
        Integer perCardMonthlyLimit,
        String status,
        Instant addedAt) {}
