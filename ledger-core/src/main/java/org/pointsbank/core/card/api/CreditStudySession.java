package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credit a card for a study session (civic study, reading room) held at a station; {@code activityId} as in
 * {@link CreditVolunteerHours}.
 */
public record CreditStudySession(
        @TargetAggregateIdentifier String cardId,
        String entryId,
        String stationId,
        String topic,
        int minutes,
        LocalDate occurredOn,
        String activityId) {

    public CreditStudySession {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** A credit by hand, not from an activity. */
    public CreditStudySession(
            String cardId, String entryId, String stationId, String topic, int minutes, LocalDate occurredOn) {
        this(cardId, entryId, stationId, topic, minutes, occurredOn, null);
    }
}
