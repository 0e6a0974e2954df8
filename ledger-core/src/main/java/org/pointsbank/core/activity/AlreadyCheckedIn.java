package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** A card checks in to an activity once: a second scan never makes a second line. */
public final class AlreadyCheckedIn extends RuleViolation {

    public AlreadyCheckedIn(String activityId, String cardId) {
        super(
                "ALREADY_CHECKED_IN",
                RuleKind.STATE_CONFLICT,
                "card " + cardId + " has checked in to activity " + activityId + " already");
    }
}
