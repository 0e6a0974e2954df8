package org.pointsbank.core.period.api;

import java.time.Instant;

/** A card was commended for its rank at its station in the period; bonus points, if any, follow as a credit. */
public record VolunteerCommended(
        String period, String cardId, String stationId, int rank, long points, long bonusPoints, Instant recordedAt) {}
