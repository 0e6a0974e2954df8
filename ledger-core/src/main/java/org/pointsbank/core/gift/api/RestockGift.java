package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** More of a gift arrived at the shop. */
public record RestockGift(@TargetAggregateIdentifier String giftId, int quantity) {}
