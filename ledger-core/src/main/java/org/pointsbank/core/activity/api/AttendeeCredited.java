package org.pointsbank.core.activity.api;

import java.time.Instant;

/** An attendee's credit is on their card under {@code entryId}. */
public record AttendeeCredited(
        String activityId,
        String stationId,
        String cardId,
        String entryId,
        int minutes,
        long points,
        Instant recordedAt) {}
