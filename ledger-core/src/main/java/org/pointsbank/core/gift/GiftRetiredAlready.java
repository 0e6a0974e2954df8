package org.pointsbank.core.gift;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A retired gift is out of the shop for good: no restock, no new price, no second retirement. */
public final class GiftRetiredAlready extends RuleViolation {

    public GiftRetiredAlready(String giftId) {
        super("GIFT_RETIRED", RuleKind.STATE_CONFLICT, "gift " + giftId + " is retired");
    }
}
