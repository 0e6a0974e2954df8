package org.pointsbank.core.period;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A period is closed once. */
public final class PeriodAlreadyClosed extends RuleViolation {

    public PeriodAlreadyClosed(String period) {
        super("PERIOD_ALREADY_CLOSED", RuleKind.STATE_CONFLICT, "period " + period + " is already closed");
    }
}
