package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The stock held for a redemption left the shop with its volunteer. Does nothing when none is held. */
public record HandOverGift(@TargetAggregateIdentifier String giftId, String redemptionId) {}
