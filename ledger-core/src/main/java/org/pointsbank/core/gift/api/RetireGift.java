package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a gift out of the shop for good. */
public record RetireGift(@TargetAggregateIdentifier String giftId) {}
