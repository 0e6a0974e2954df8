package org.pointsbank.core.redemption.api;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a redemption whose points and stock were reserved in the same transaction, at {@code placedAt} (the
 * moment the stock was reserved); it is held for {@code holdFor} from then, and expires unless fulfilled or
 * cancelled before.
 */
public record PlaceRedemption(
        @TargetAggregateIdentifier String redemptionId,
        String cardId,
        String giftId,
        String giftName,
        String stationId,
        int quantity,
        long points,
        Instant placedAt,
        Duration holdFor) {

    /** When the hold runs out. */
    public Instant expiresAt() {
        return placedAt.plus(holdFor);
    }
}
