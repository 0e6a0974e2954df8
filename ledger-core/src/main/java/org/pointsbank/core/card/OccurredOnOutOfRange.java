package org.pointsbank.core.card;

import java.time.LocalDate;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A credit may be dated neither in the future nor further back than the configured window. */
public final class OccurredOnOutOfRange extends RuleViolation {

    public OccurredOnOutOfRange(LocalDate occurredOn, LocalDate earliest, LocalDate latest) {
        super(
                "OCCURRED_ON_OUT_OF_RANGE",
                RuleKind.RULE_REFUSED,
                "occurredOn must be between " + earliest + " and " + latest + ", was " + occurredOn,
                "occurredOn");
    }
}
