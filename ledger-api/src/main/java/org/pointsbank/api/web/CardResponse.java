package org.pointsbank.api.web;

import org.pointsbank.projections.balance.CardBalance;

/** {@code GET /cards/{cardId}}: {@code available} is the balance less reserved points. */
public record CardResponse(
        String cardId,
        String stationId,
        String status,
        long balance,
        long available,
        long lifetimeEarned,
        long volunteerMinutes,
        long studyMinutes) {

    static CardResponse of(CardBalance card) {
        return new CardResponse(card.cardId(), card.stationId(), card.status(), card.balance(), card.available(),
                card.lifetimeEarned(), card.volunteerMinutes(), card.studyMinutes());
    }
}
