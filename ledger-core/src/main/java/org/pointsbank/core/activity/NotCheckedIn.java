package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Only a card that checked in can check out. */
public final class NotCheckedIn extends RuleViolation {

    public NotCheckedIn(String activityId, String cardId) {
        super(
                "NOT_CHECKED_IN",
                RuleKind.STATE_CONFLICT,
                "card " + cardId + " has not checked in to activity " + activityId);
    }
}
