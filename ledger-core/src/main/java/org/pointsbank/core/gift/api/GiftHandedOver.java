package org.pointsbank.core.gift.api;

import java.time.Instant;

/** Held stock was handed over: it is gone for good and keeps counting against the card's monthly limit. */
public record GiftHandedOver(
        String giftId, String stationId, String redemptionId, String cardId, int quantity, Instant recordedAt) {}
