package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A gift handed over is not taken back by a reversal: points are returned only by a new credit. */
public final class RedemptionNotReversible extends RuleViolation {

    public RedemptionNotReversible(String entryId) {
        super(
                "REDEMPTION_NOT_REVERSIBLE",
                RuleKind.RULE_REFUSED,
                "entry " + entryId + " is a gift redemption and cannot be reversed");
    }
}
