package org.pointsbank.core.redemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The volunteer or the desk called the redemption off before the gift was handed over. */
public record CancelRedemption(@TargetAggregateIdentifier String redemptionId, String reason) {}
