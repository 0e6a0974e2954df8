package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A checked-in card leaves the activity at {@code at} (the ledger's clock). */
public record CheckOut(@TargetAggregateIdentifier String activityId, String cardId, Instant at) {

    public CheckOut {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(at, "at");
    }
}
