package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card balance never goes below zero. */
public final class InsufficientPoints extends RuleViolation {

    public InsufficientPoints(String cardId, long balance, long needed) {
        super("INSUFFICIENT_POINTS", RuleKind.STATE_CONFLICT,
                "card " + cardId + " has " + balance + " points, " + needed + " are needed");
    }
}
