package org.pointsbank.api.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code POST /periods/{period}/close}: both optional, defaulting to {@code pointsbank.rankings.top-n} and
 * {@code pointsbank.rankings.notice-days}.
 */
public record ClosePeriodRequest(
        @Min(1) @Max(100) Integer topN, @Min(0) @Max(90) Integer noticeDays) {}
