package org.pointsbank.core.card;

import org.pointsbank.core.shared.EntryType;

/** Minutes credited to one card for one business day, net of reversals, per kind of credit. */
record DailyMinutes(int volunteer, int study) {

    static final DailyMinutes NONE = new DailyMinutes(0, 0);

    int of(EntryType type) {
        return switch (type) {
            case VOLUNTEER_HOURS -> volunteer;
            case STUDY_SESSION -> study;
            case REVERSAL, COMMENDATION_BONUS, GIFT_REDEMPTION, PROBLEM_REPORT -> 0;
        };
    }

    DailyMinutes plus(EntryType type, int minutes) {
        return switch (type) {
            case VOLUNTEER_HOURS -> new DailyMinutes(volunteer + minutes, study);
            case STUDY_SESSION -> new DailyMinutes(volunteer, study + minutes);
            case REVERSAL, COMMENDATION_BONUS, GIFT_REDEMPTION, PROBLEM_REPORT -> this;
        };
    }
}
