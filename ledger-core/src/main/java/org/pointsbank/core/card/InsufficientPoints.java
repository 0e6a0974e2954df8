package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card balance never goes below zero, nor below what it holds for open redemptions. */
public final class InsufficientPoints extends RuleViolation {

    public InsufficientPoints(String cardId, long available, long needed) {
        super(
                "INSUFFICIENT_POINTS",
                RuleKind.STATE_CONFLICT,
                "card " + cardId + " has " + available + " points available, " + needed + " are needed");
    }
}
