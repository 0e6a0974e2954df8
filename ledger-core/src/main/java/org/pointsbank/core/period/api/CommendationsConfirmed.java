package org.pointsbank.core.period.api;

import java.time.Instant;

/** The period's commendations are recorded; nothing more happens to it. */
public record CommendationsConfirmed(String period, int commended, Instant recordedAt) {}
