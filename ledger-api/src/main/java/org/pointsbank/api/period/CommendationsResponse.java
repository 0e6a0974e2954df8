package org.pointsbank.api.period;

import java.util.List;

/** {@code POST /periods/{period}/commendations}: the cards commended, each credited {@code bonusPoints}. */
public record CommendationsResponse(String period, String status, long bonusPoints, List<Commended> commended) {

    /** A commended card: its rank and points in its station's {@code all} standings. */
    public record Commended(String cardId, String stationId, int rank, long points) {}
}
