package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credit a card for volunteer work done at a station on a business day. {@code activityId} names the activity whose
 * close sends the credit (its title is the {@code activity} text), {@code null} for a credit by hand.
 */
public record CreditVolunteerHours(
        @TargetAggregateIdentifier String cardId,
        String entryId,
        String stationId,
        String activity,
        int minutes,
        LocalDate occurredOn,
        String activityId) {

    public CreditVolunteerHours {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** A credit by hand, not from an activity. */
    public CreditVolunteerHours(
            String cardId, String entryId, String stationId, String activity, int minutes, LocalDate occurredOn) {
        this(cardId, entryId, stationId, activity, minutes, occurredOn, null);
    }
}
