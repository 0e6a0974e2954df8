package org.pointsbank.core.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hold {@code points} of the card for a redemption: they stay in the balance but are no longer available.
 * The gift's details travel along so the eventual statement line describes itself.
 */
public record ReservePoints(
        @TargetAggregateIdentifier String cardId,
        String redemptionId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points) {}
