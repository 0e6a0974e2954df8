package org.pointsbank.core.period.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A station's objection against a ranked card, during the public-notice window. */
public record FileObjection(
        @TargetAggregateIdentifier String period,
        String objectionId,
        String cardId,
        String stationId,
        String entryId,
        String reason) {}
