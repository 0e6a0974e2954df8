package org.pointsbank.core.gift;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A gift's price, stock, restock quantity or monthly limit out of range. */
public final class InvalidGiftTerms extends RuleViolation {

    public InvalidGiftTerms(String field, String message) {
        super("INVALID_GIFT_TERMS", RuleKind.INVALID_INPUT, message, field);
    }
}
