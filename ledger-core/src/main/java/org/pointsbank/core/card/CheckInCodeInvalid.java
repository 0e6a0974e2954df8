package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A reading room opens only with the code on its door now: a wrong or expired code is refused. */
public final class CheckInCodeInvalid extends RuleViolation {

    public CheckInCodeInvalid(String stationId) {
        super(
                "CHECK_IN_CODE_INVALID",
                RuleKind.RULE_REFUSED,
                "the code is not the current one of the reading room at " + stationId,
                "code");
    }
}
