package org.pointsbank.core.gift.api;

import java.time.Instant;

/** A gift was restocked: {@code stockAfter} is what the shelf holds now. */
public record GiftRestocked(String giftId, String stationId, int quantity, int stockAfter, Instant recordedAt) {}
