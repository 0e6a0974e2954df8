package org.pointsbank.core.gift;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A redemption holds a gift's stock once: a second hold under the same redemption id is refused. */
public final class DuplicateRedemptionId extends RuleViolation {

    public DuplicateRedemptionId(String giftId, String redemptionId) {
        super(
                "DUPLICATE_REDEMPTION_ID",
                RuleKind.STATE_CONFLICT,
                "redemption " + redemptionId + " holds gift " + giftId + " already");
    }
}
