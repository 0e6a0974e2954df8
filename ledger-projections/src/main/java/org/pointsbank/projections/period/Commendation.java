package org.pointsbank.projections.period;

import java.time.Instant;

/** A card commended for its rank at a station in a period. */
public record Commendation(
        String period, String stationId, String cardId, int rank, long points, long bonusPoints, Instant recordedAt) {}
