package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credit a card for volunteer work done at a station on a business day. */
public record CreditVolunteerHours(
        @TargetAggregateIdentifier String cardId,
        String entryId,
        String stationId,
        String activity,
        int minutes,
        LocalDate occurredOn) {

    public CreditVolunteerHours {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
