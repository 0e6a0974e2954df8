package org.pointsbank.core.card;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A problem report's reward is between 1 point and a category's maximum (a report owed nothing is not credited). */
public final class ReportPointsOutOfRange extends RuleViolation {

    /** The most points a report category may earn. */
    static final int MAX = 100;

    public ReportPointsOutOfRange(long points) {
        super(
                "VALIDATION_FAILED",
                RuleKind.INVALID_INPUT,
                "a report's reward must be between 1 and " + MAX + " points; got " + points,
                "points");
    }
}
