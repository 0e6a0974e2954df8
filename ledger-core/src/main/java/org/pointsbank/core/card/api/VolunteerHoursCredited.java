package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Volunteer minutes were credited. {@code points} is what the policy named by
 * {@code policyVersion} granted; {@code balanceAfter} is the card's balance once this entry
 * counts.
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
        Instant recordedAt) {}
