package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new price for future redemptions; redemptions already made keep theirs. */
public record ChangeGiftPrice(@TargetAggregateIdentifier String giftId, long pointsCost) {}
