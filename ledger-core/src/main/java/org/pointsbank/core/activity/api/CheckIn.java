package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A card arrives at the activity at {@code at} (the ledger's clock); it joins the roster if it is not on it. */
public record CheckIn(@TargetAggregateIdentifier String activityId, String cardId, Instant at) {

    public CheckIn {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(at, "at");
    }
}
