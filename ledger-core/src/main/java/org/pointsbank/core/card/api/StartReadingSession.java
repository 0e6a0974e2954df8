package org.pointsbank.core.card.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a self-service reading session on the card at a station's reading room, with the code shown on its door.
 * The session starts at the ledger's clock; the code is checked, never recorded.
 */
public record StartReadingSession(
        @TargetAggregateIdentifier String cardId, String sessionId, String stationId, String code) {

    public StartReadingSession {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(code, "code");
    }
}
