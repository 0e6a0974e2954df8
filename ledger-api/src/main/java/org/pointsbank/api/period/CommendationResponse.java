package org.pointsbank.api.period;

import java.time.Instant;
import org.pointsbank.projections.period.Commendation;

/** A commendation on {@code GET /cards/{cardId}}: the month, the station, the rank and its points. */
public record CommendationResponse(
        String period, String stationId, int rank, long points, long bonusPoints, Instant recordedAt) {

    public static CommendationResponse of(Commendation c) {
        return new CommendationResponse(
                c.period(), c.stationId(), c.rank(), c.points(), c.bonusPoints(), c.recordedAt());
    }
}
