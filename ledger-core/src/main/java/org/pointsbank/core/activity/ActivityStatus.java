package org.pointsbank.core.activity;

/** Where an activity is in its life: open for the roster and attendance, then closed or cancelled for good. */
public enum ActivityStatus {
    OPEN,
    CLOSED,
    CANCELLED
}
