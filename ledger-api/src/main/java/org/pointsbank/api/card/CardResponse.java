package org.pointsbank.api.card;

import java.util.List;
import org.pointsbank.api.period.CommendationResponse;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.period.Commendation;

/**
 * {@code GET /cards/{cardId}}: {@code available} is the balance less reserved points; {@code commendations}
 * the months and stations where the card was commended.
 */
public record CardResponse(
        String cardId,
        String stationId,
        String status,
        long balance,
        long available,
        long lifetimeEarned,
        long volunteerMinutes,
        long studyMinutes,
        List<CommendationResponse> commendations) {

    static CardResponse of(CardBalance card, List<Commendation> commendations) {
        return new CardResponse(
                card.cardId(),
                card.stationId(),
                card.status(),
                card.balance(),
                card.available(),
                card.lifetimeEarned(),
                card.volunteerMinutes(),
                card.studyMinutes(),
                commendations.stream().map(CommendationResponse::of).toList());
    }
}
