package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the activity at {@code closedAt} (the ledger's clock): attendance is final, the credits may go out. */
public record CloseActivity(@TargetAggregateIdentifier String activityId, Instant closedAt) {

    public CloseActivity {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
