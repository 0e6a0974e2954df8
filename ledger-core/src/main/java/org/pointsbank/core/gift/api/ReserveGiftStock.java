package org.pointsbank.core.gift.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hold {@code quantity} of a gift for a redemption of {@code cardId}: the shelf promises them, nobody else gets them. */
public record ReserveGiftStock(
        @TargetAggregateIdentifier String giftId, String redemptionId, String cardId, int quantity) {}
