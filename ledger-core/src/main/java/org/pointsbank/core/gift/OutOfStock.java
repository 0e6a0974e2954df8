package org.pointsbank.core.gift;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The shelf holds fewer than asked for (stock held for open redemptions is not on it). */
public final class OutOfStock extends RuleViolation {

    public OutOfStock(String giftId, int stock, int wanted) {
        super(
                "OUT_OF_STOCK",
                RuleKind.STATE_CONFLICT,
                "gift " + giftId + " has " + stock + " in stock, " + wanted + " asked for",
                "quantity");
    }
}
