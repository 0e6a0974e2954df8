package org.pointsbank.core.period;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Only a month that has ended can be closed. */
public final class PeriodNotEnded extends RuleViolation {

    public PeriodNotEnded(String period) {
        super("PERIOD_NOT_ENDED", RuleKind.RULE_REFUSED, "period " + period + " has not ended yet");
    }
}
