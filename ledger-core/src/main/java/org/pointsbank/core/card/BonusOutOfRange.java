package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A commendation's bonus is between 1 point and the policy's maximum. */
public final class BonusOutOfRange extends RuleViolation {

    public BonusOutOfRange(long points, long max) {
        super(
                "BONUS_OUT_OF_RANGE",
                RuleKind.INVALID_INPUT,
                "bonus points must be between 1 and " + max + "; got " + points,
                "bonusPoints");
    }
}
