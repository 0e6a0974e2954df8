package org.pointsbank.core.period.api;

import java.time.Instant;

/** From now on no credit or reversal touches the month; objections may be filed until {@code noticeEndsAt}. */
public record PeriodClosed(String period, int topN, Instant noticeEndsAt, Instant recordedAt) {}
