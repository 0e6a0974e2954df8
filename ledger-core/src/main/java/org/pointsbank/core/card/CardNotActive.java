package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Only an active card may earn points. */
public final class CardNotActive extends RuleViolation {

    public CardNotActive(String cardId) {
        super("CARD_NOT_ACTIVE", RuleKind.STATE_CONFLICT, "card " + cardId + " is not active");
    }
}
