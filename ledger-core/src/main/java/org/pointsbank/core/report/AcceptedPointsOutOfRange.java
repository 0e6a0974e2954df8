package org.pointsbank.core.report;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The points recorded at acceptance are a category's, 0–100. */
public final class AcceptedPointsOutOfRange extends RuleViolation {

    public AcceptedPointsOutOfRange(int points, int max) {
        super(
                "VALIDATION_FAILED",
                RuleKind.INVALID_INPUT,
                "points must be between 0 and " + max + "; got " + points,
                "points");
    }
}
