package org.pointsbank.projections.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An activity of the read model; {@code status} is OPEN, CLOSED or CANCELLED. */
public record ActivityRow(
        String activityId,
        String stationId,
        String kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        int plannedMinutes,
        Integer capacity,
        boolean selfCheckIn,
        String status,
        Instant plannedAt,
        Instant closedAt,
        Instant cancelledAt,
        String cancelReason) {}
