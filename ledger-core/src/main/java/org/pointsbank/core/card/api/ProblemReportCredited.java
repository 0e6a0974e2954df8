package org.pointsbank.core.card.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The points of a verified problem report were credited: a {@code PROBLEM_REPORT} entry, no minutes, counted in the
 * {@code governance} ranking. Fields as in {@link VolunteerHoursCredited}.
 */
public record ProblemReportCredited(
        String cardId,
        String entryId,
        String stationId,
        String reportId,
        String categoryCode,
        LocalDate occurredOn,
        long points,
        long balanceAfter,
        String policyVersion,
        Instant recordedAt) {}
