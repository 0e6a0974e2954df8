package org.pointsbank.core.activity.api;

import java.time.Instant;

/**
 * A card left. {@code minutes} is the overlap of [{@code checkedInAt}, {@code at}] with the planned window, in whole
 * minutes rounded down.
 */
public record CheckedOut(
        String activityId,
        String stationId,
        String cardId,
        Instant checkedInAt,
        Instant at,
        int minutes,
        Instant recordedAt) {}
