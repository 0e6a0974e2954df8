package org.pointsbank.projections.period;

import java.time.Instant;

/** A closed month: {@code CLOSED} during and after the notice window, {@code COMMENDED} once confirmed. */
public record PeriodRow(
        String period, String status, int topN, Instant closedAt, Instant noticeEndsAt, Instant commendedAt) {}
