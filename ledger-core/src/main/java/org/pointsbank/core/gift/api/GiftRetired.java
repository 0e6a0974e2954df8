package org.pointsbank.core.gift.api;

import java.time.Instant;

/** A gift left the shop: it can no longer be redeemed, restocked or repriced. */
public record GiftRetired(String giftId, String stationId, Instant recordedAt) {}
