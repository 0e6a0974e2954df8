package org.pointsbank.core.gift.api;

import java.time.Instant;

/** A gift's price changed for redemptions from now on. */
public record GiftPriceChanged(
        String giftId, String stationId, long previousPointsCost, long pointsCost, Instant recordedAt) {}
