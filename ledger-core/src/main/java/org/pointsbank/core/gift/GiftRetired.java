package org.pointsbank.core.gift;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * A retired gift is out of the shop for good: no restock, no new price, no second retirement. Named after its
 * code, {@code GIFT_RETIRED}, like every rule violation; the event that retires a gift has the same simple name in
 * {@code gift.api}.
 */
public final class GiftRetired extends RuleViolation {

    public GiftRetired(String giftId) {
        super("GIFT_RETIRED", RuleKind.STATE_CONFLICT, "gift " + giftId + " is retired");
    }
}
