package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card checks out once; its minutes are fixed by the first check-out. */
public final class AlreadyCheckedOut extends RuleViolation {

    public AlreadyCheckedOut(String activityId, String cardId) {
        super(
                "ALREADY_CHECKED_OUT",
                RuleKind.STATE_CONFLICT,
                "card " + cardId + " has checked out of activity " + activityId + " already");
    }
}
