package org.pointsbank.core.activity.api;

import java.time.Instant;

/** The card refused an attendee's credit with {@code refusalCode} (e.g. {@code DAILY_LIMIT_EXCEEDED}). */
public record AttendeeRefused(
        String activityId,
        String stationId,
        String cardId,
        String entryId,
        int minutes,
        String refusalCode,
        Instant recordedAt) {}
