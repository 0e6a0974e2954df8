package org.pointsbank.core.redemption.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The gift was handed over on {@code fulfilledOn} (the service's zone): the card's held points leave it and
 * the gift's held stock is gone. The redemption process carries both out.
 */
public record RedemptionFulfilled(
        String redemptionId,
        String cardId,
        String giftId,
        String stationId,
        int quantity,
        long points,
        LocalDate fulfilledOn,
        Instant recordedAt) {}
