package org.pointsbank.core.redemption;

import java.time.Instant;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * The hold ran out (whether or not the expiry sweep has recorded it yet): the gift can no longer be handed over.
 * Named after its code, {@code REDEMPTION_EXPIRED}; the event of the expiry has the same simple name in
 * {@code redemption.api}.
 */
public final class RedemptionExpired extends RuleViolation {

    public RedemptionExpired(String redemptionId, Instant expiresAt) {
        super(
                "REDEMPTION_EXPIRED",
                RuleKind.STATE_CONFLICT,
                "redemption " + redemptionId + " expired at " + expiresAt + "; place a new one");
    }
}
