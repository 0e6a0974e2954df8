package org.pointsbank.core.shared;

/** The kinds of statement entry a reward card records. */
public enum EntryType {
    VOLUNTEER_HOURS,
    STUDY_SESSION,
    REVERSAL,
    /** Bonus points for a commendation: no minutes, and no ranking counts them. */
    COMMENDATION_BONUS,
    /** Points spent on a gift handed over: negative, no minutes, never reversed, never in a ranking. */
    GIFT_REDEMPTION,
    /** Points for a verified problem report: no minutes, counted in the {@code governance} ranking. */
    PROBLEM_REPORT
}
