package org.pointsbank.core.activity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An activity is planned. {@code startsAt}/{@code endsAt} are the window as instants, fixed with the service's zone
 * when it was planned, so attendance minutes never depend on today's zone; {@code plannedMinutes} is their distance.
 */
public record ActivityPlanned(
        String activityId,
        String stationId,
        ActivityKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Instant startsAt,
        Instant endsAt,
        int plannedMinutes,
        Integer capacity,
        boolean selfCheckIn,
        Instant recordedAt) {}
