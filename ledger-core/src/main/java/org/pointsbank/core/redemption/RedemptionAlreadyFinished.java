package org.pointsbank.core.redemption;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A fulfilled, cancelled or expired redemption is final. */
public final class RedemptionAlreadyFinished extends RuleViolation {

    public RedemptionAlreadyFinished(String redemptionId, RedemptionStatus status) {
        super(
                "REDEMPTION_ALREADY_FINISHED",
                RuleKind.STATE_CONFLICT,
                "redemption " + redemptionId + " is " + status + " and cannot change again");
    }
}
