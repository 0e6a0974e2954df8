package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** An outcome names a card (or an entry id or minutes) that the close did not list as an attendee. */
public final class NotAnAttendee extends RuleViolation {

    public NotAnAttendee(String activityId, String cardId, String message) {
        super("NOT_AN_ATTENDEE", RuleKind.RULE_REFUSED, "activity " + activityId + ": " + message, "cardId");
    }
}
