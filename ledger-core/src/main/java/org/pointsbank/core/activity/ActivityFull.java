package org.pointsbank.core.activity;

import org.pointsbank.core.shared.RuleKind;
import org.pointsbank.core.shared.RuleViolation;

/** Fewer places are left on the roster than cards asked to join it; the message says how many fit. */
public final class ActivityFull extends RuleViolation {

    private final int room;

    public ActivityFull(String activityId, int capacity, int room, int asked) {
        super(
                "ACTIVITY_FULL",
                RuleKind.STATE_CONFLICT,
                "activity " + activityId + " has room for " + room + " more (capacity " + capacity + "), " + asked
                        + " asked to join");
        this.room = room;
    }

    /** How many more cards fit on the roster. */
    public int room() {
        return room;
    }
}
