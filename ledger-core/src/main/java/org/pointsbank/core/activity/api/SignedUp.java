package org.pointsbank.core.activity.api;

import java.time.Instant;

/** A volunteer's card is on the roster by their own sign-up. */
public record SignedUp(String activityId, String stationId, String cardId, Instant recordedAt) {}
