package org.pointsbank.core.redemption;

import java.time.Instant;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The hold ran out (whether or not the expiry sweep has recorded it yet): the gift can no longer be handed over. */
public final class RedemptionPastExpiry extends RuleViolation {

    public RedemptionPastExpiry(String redemptionId, Instant expiresAt) {
        super("REDEMPTION_EXPIRED", RuleKind.STATE_CONFLICT,
                "redemption " + redemptionId + " expired at " + expiresAt + "; place a new one");
    }
}
