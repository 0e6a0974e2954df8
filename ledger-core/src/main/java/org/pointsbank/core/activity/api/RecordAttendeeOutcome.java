package org.pointsbank.core.activity.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * How one attendee's credit ended, as the card answered it: {@code points} when credited, the card's
 * {@code refusalCode} when refused. Idempotent: a second outcome for the same card changes nothing.
 */
public record RecordAttendeeOutcome(
        @TargetAggregateIdentifier String activityId,
        String cardId,
        AttendeeOutcome outcome,
        String entryId,
        int minutes,
        long points,
        String refusalCode) {

    public RecordAttendeeOutcome {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
