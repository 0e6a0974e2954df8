package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/** A study session was credited; fields as in {@link VolunteerHoursCredited}. */
public record StudySessionCredited(
        String cardId,
        String entryId,
        String stationId,
        String topic,
        int minutes,
        LocalDate occurredOn,
        long points,
        long balanceAfter,
        String policyVersion,
        Instant recordedAt,
        String activityId) {

    /** A credit by hand, not from an activity. */
    public StudySessionCredited(
            String cardId,
            String entryId,
            String stationId,
            String topic,
            int minutes,
            LocalDate occurredOn,
            long points,
            long balanceAfter,
            String policyVersion,
            Instant recordedAt) {
        this(
                cardId,
                entryId,
                stationId,
                topic,
                minutes,
                occurredOn,
                points,
                balanceAfter,
                policyVersion,
                recordedAt,
                null);
    }
}
