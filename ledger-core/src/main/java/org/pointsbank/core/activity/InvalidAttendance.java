package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * Paper attendance with no lines, a card twice, or minutes outside 0 to the planned minutes: invalid input, so the
 * code is the generic {@code VALIDATION_FAILED} (as {@code MinutesOutOfRange}), with the line's field.
 */
public final class InvalidAttendance extends RuleViolation {

    public InvalidAttendance(String field, String message) {
        super("VALIDATION_FAILED", RuleKind.INVALID_INPUT, message, field);
    }
}
