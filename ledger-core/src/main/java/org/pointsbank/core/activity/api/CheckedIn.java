package org.pointsbank.core.activity.api;

import java.time.Instant;

/** A card arrived; {@code addedToRoster} when the check-in put it on the roster. */
public record CheckedIn(
        String activityId, String stationId, String cardId, Instant at, boolean addedToRoster, Instant recordedAt) {}
