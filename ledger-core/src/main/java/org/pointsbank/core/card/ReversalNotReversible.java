package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A reversal is itself a correction and is never reversed; record a new credit instead. */
public final class ReversalNotReversible extends RuleViolation {

    public ReversalNotReversible(String entryId) {
        super(
                "REVERSAL_NOT_REVERSIBLE",
                RuleKind.RULE_REFUSED,
                "entry " + entryId + " is a reversal and cannot be reversed");
    }
}
