package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Only the card's open reading session can be ended: an ended, unknown or other card's session cannot. */
public final class ReadingSessionNotOpen extends RuleViolation {

    public ReadingSessionNotOpen(String cardId, String sessionId) {
        super(
                "READING_SESSION_NOT_OPEN",
                RuleKind.STATE_CONFLICT,
                "reading session " + sessionId + " is not the open session of card " + cardId);
    }
}
