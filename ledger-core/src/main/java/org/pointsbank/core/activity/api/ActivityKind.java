package org.pointsbank.core.activity.api;

import org.pointsbank.core.shared.EntryType;

/** What an activity's attendees are credited for: volunteer work or a study session. */
public enum ActivityKind {
    VOLUNTEER(EntryType.VOLUNTEER_HOURS),
    STUDY(EntryType.STUDY_SESSION);

    private final EntryType entryType;

    ActivityKind(EntryType entryType) {
        this.entryType = entryType;
    }

    /** The kind of card entry the close credits, whose policy terms the activity is planned under. */
    public EntryType entryType() {
        return entryType;
    }
}
