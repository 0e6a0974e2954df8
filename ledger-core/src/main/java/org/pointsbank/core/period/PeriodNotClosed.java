package org.pointsbank.core.period;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Objections and commendations need a closed period. */
public final class PeriodNotClosed extends RuleViolation {

    public PeriodNotClosed(String period) {
        super("PERIOD_NOT_CLOSED", RuleKind.STATE_CONFLICT, "period " + period + " is not closed");
    }
}
