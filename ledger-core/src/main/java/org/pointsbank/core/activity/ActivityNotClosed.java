package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** An attendee's outcome comes after the close that named the attendees, never before. */
public final class ActivityNotClosed extends RuleViolation {

    public ActivityNotClosed(String activityId) {
        super("ACTIVITY_NOT_CLOSED", RuleKind.STATE_CONFLICT, "activity " + activityId + " is not closed");
    }
}
