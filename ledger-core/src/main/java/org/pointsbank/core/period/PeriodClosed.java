package org.pointsbank.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * No credit or reversal touches a month whose ranking is closed: its standings are final. Named after its code,
 * {@code PERIOD_CLOSED}; the event that closes a month has the same simple name in {@code period.api}.
 */
public final class PeriodClosed extends RuleViolation {

    public PeriodClosed(LocalDate occurredOn) {
        super(
                "PERIOD_CLOSED",
                RuleKind.RULE_REFUSED,
                "period " + YearMonth.from(occurredOn) + " is closed: entries dated " + occurredOn
                        + " can no longer be recorded or reversed",
                "occurredOn");
    }
}
