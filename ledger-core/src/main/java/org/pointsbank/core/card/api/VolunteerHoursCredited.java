package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Volunteer minutes were credited. {@code points} is what the policy named by
 * {@code policyVersion} granted; {@code balanceAfter} is the card's balance once this entry
 * counts. {@code activityId} names the activity the credit came from; {@code null} for a credit by hand and for
 * every event recorded before activities existed (a missing property reads as {@code null}).
 */
public record VolunteerHoursCredited(
        String cardId,
        String entryId,
        String stationId,
        String activity,
        int minutes,
        LocalDate occurredOn,
        long points,
        long balanceAfter,
        String policyVersion,
        Instant recordedAt,
        String activityId) {

    /** A credit by hand, not from an activity. */
    public VolunteerHoursCredited(
            String cardId,
            String entryId,
            String stationId,
            String activity,
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
                activity,
                minutes,
                occurredOn,
                points,
                balanceAfter,
                policyVersion,
                recordedAt,
                null);
    }
}
