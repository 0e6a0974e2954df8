package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/**
 * An activity is closed once. Named after its code, {@code ACTIVITY_CLOSED}, like every rule violation; the event
 * that closes an activity has the same simple name in {@code activity.api}.
 */
public final class ActivityClosed extends RuleViolation {

    public ActivityClosed(String activityId) {
        super("ACTIVITY_CLOSED", RuleKind.STATE_CONFLICT, "activity " + activityId + " is closed already");
    }
}
