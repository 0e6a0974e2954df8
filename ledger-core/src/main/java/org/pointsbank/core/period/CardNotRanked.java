package org.pointsbank.core.period;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** An objection names a card in the published standings. */
public final class CardNotRanked extends RuleViolation {

    public CardNotRanked(String period, String cardId) {
        super(
                "CARD_NOT_RANKED",
                RuleKind.RULE_REFUSED,
                "card " + cardId + " is not in the published standings of " + period,
                "cardId");
    }
}
