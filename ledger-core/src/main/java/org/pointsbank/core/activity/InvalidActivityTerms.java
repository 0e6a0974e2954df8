package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** An activity's kind, title, date, window or capacity that the points policy or common sense refuses. */
public final class InvalidActivityTerms extends RuleViolation {

    public InvalidActivityTerms(String field, String message) {
        super("INVALID_ACTIVITY_TERMS", RuleKind.RULE_REFUSED, message, field);
    }
}
