package org.pointsbank.core.activity;

import java.util.Locale;
import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** The roster and attendance change only while the activity is open: not once it is closed or cancelled. */
public final class ActivityNotOpen extends RuleViolation {

    public ActivityNotOpen(String activityId, ActivityStatus status) {
        super(
                "ACTIVITY_NOT_OPEN",
                RuleKind.STATE_CONFLICT,
                "activity " + activityId + " is " + status.name().toLowerCase(Locale.ROOT));
    }
}
