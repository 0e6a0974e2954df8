package org.pointsbank.api.overview;

import java.util.List;

/**
 * A station's month at a glance: points by kind per week (every week that touches the month, oldest first, zeros
 * included), activities held (closed, dated in the month), and the problem reports submitted in the month to the
 * station with those of them resolved ({@code GET /reports/statistics}'s {@code reported} and {@code resolved}).
 */
public record StationOverviewResponse(
        String stationId,
        String period,
        List<WeekFigures> weeks,
        long activitiesHeld,
        long reportsReported,
        long reportsHandled) {}
