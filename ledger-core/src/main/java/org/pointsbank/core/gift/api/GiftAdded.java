package org.pointsbank.core.gift.api;

import java.time.Instant;

/** A gift is in a station's shop. */
public record GiftAdded(
        String giftId,
        String stationId,
        String name,
        long pointsCost,
        int stock,
        Integer perCardMonthlyLimit,
        Instant recordedAt) {}
