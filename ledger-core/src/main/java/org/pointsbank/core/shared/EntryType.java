package org.pointsbank.core.shared;

/** The kinds of statement entry a reward card records. */
public enum EntryType {
    VOLUNTEER_HOURS,
    STUDY_SESSION,
    REVERSAL,
    /** Bonus points for a commendation (issue 7): no minutes, and no ranking counts them. */
    COMMENDATION_BONUS
}
