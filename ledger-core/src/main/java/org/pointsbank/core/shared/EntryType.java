package org.pointsbank.core.shared;

/** The kinds of statement entry a reward card records. */
public enum EntryType {
    VOLUNTEER_HOURS,
    STUDY_SESSION,
    REVERSAL
}
