package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card has at most one open reading session, at any station. */
public final class SessionAlreadyOpen extends RuleViolation {

    public SessionAlreadyOpen(String cardId, String openSessionId, String stationId) {
        super(
                "SESSION_ALREADY_OPEN",
                RuleKind.STATE_CONFLICT,
                "card " + cardId + " already has reading session " + openSessionId + " open at " + stationId);
    }
}
