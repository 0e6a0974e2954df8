package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a gift in a station's shop: its price in points, the stock on the shelf, and optionally how many one
 * card may take a month.
 */
public record AddGift(
        @TargetAggregateIdentifier String giftId,
        String stationId,
        String name,
        long pointsCost,
        int stock,
        Integer perCardMonthlyLimit) {}
