package org.pointsbank.core.card.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The gift of a redemption was handed over on {@code fulfilledOn}: the points held for it leave the card.
 * Does nothing when the card holds nothing for it (done already, or released).
 */
public record RedeemReservedPoints(
        @TargetAggregateIdentifier String cardId, String redemptionId, LocalDate fulfilledOn) {}
