package org.pointsbank.core.redemption.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The gift was handed over at the desk. */
public record FulfilRedemption(@TargetAggregateIdentifier String redemptionId) {}
