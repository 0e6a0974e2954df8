package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the stock held for a redemption back on the shelf (cancelled or expired). Does nothing when none is held. */
public record ReleaseGiftStock(@TargetAggregateIdentifier String giftId, String redemptionId, String reason) {}
