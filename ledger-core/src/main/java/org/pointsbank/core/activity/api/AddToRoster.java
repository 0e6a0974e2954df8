package org.pointsbank.core.activity.api;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put cards on an activity's roster; all or nothing. That the cards exist is checked by the application. */
public record AddToRoster(@TargetAggregateIdentifier String activityId, List<String> cardIds) {

    public AddToRoster {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(cardIds, "cardIds");
    }
}
