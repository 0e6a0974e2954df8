package org.pointsbank.core.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The redemption ended without a gift ({@code reason}: CANCELLED or EXPIRED): its held points are available again. */
public record ReleaseReservedPoints(
        @TargetAggregateIdentifier String cardId, String redemptionId, String reason) {}
