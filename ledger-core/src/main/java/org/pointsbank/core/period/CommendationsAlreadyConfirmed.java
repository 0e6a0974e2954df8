package org.pointsbank.core.period;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Commendations are confirmed once. */
public final class CommendationsAlreadyConfirmed extends RuleViolation {

    public CommendationsAlreadyConfirmed(String period) {
        super(
                "COMMENDATIONS_ALREADY_CONFIRMED",
                RuleKind.STATE_CONFLICT,
                "the commendations of " + period + " are already confirmed");
    }
}
