package org.pointsbank.core.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credit the bonus points of a commendation for {@code rank} at {@code stationId} in {@code period}. */
public record CreditCommendationBonus(
        @TargetAggregateIdentifier String cardId,
        String entryId,
        String stationId,
        String period,
        int rank,
        long points) {}
