package org.pointsbank.core.card.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End the card's open reading session, with the code on the door of the room where it started; answers the
 * {@link ReadingSessionEnded} recorded.
 */
public record EndReadingSession(@TargetAggregateIdentifier String cardId, String sessionId, String code) {

    public EndReadingSession {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(code, "code");
    }
}
