package org.pointsbank.core.policy;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A credit's duration lies outside what the points policy accepts for that kind of credit. */
public final class MinutesOutOfRange extends RuleViolation {

    public MinutesOutOfRange(int minutes, int min, int max) {
        super(
                "VALIDATION_FAILED",
                RuleKind.INVALID_INPUT,
                "minutes must be between " + min + " and " + max + ", was " + minutes,
                "minutes");
    }
}
