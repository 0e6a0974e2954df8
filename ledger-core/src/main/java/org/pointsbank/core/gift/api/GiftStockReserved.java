package org.pointsbank.core.gift.api;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Stock of a gift is held for a redemption. {@code points} is what the redemption costs at the price of this
 * moment ({@code unitCost} times {@code quantity}): a later price change does not touch it. {@code month} is the
 * month whose per-card limit it counts against.
 */
public record GiftStockReserved(
        String giftId,
        String stationId,
        String giftName,
        String redemptionId,
        String cardId,
        int quantity,
        long unitCost,
        long points,
        int stockAfter,
        YearMonth month,
        Instant recordedAt) {}
