package org.pointsbank.core.gift;

import java.time.YearMonth;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card may take at most the gift's per-card monthly limit in a calendar month (held or handed over). */
public final class RedemptionLimitReached extends RuleViolation {

    public RedemptionLimitReached(String giftId, String cardId, YearMonth month, int taken, int wanted, int limit) {
        super(
                "REDEMPTION_LIMIT_REACHED",
                RuleKind.RULE_REFUSED,
                "card " + cardId + " has taken " + taken + " of gift " + giftId + " in " + month + "; " + wanted
                        + " more would exceed the limit of " + limit + " a month",
                "quantity");
    }
}
