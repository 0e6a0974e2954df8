package org.pointsbank.api.period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code POST /periods/{period}/commendations}: bonus points credited to each commended card (default none). */
public record CommendationsRequest(@Min(0) @Max(1000) Long bonusPoints) {}
