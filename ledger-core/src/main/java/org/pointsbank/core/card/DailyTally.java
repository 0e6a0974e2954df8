package org.pointsbank.core.card;

import org.pointsbank.core.shared.EntryType;

/**
 * What one card was credited for one business day, net of reversals: minutes per kind of credit for time, and the
 * number of problem reports rewarded.
 */
record DailyTally(int volunteer, int study, int rewardedReports) {

    static final DailyTally NONE = new DailyTally(0, 0, 0);

    int minutesOf(EntryType type) {
        return switch (type) {
            case VOLUNTEER_HOURS -> volunteer;
            case STUDY_SESSION -> study;
            case REVERSAL, COMMENDATION_BONUS, GIFT_REDEMPTION, PROBLEM_REPORT -> 0;
        };
    }

    /** An entry of {@code type} with {@code minutes} was credited ({@code +1}) or reversed ({@code -1}). */
    DailyTally plus(EntryType type, int minutes, int sign) {
        return switch (type) {
            case VOLUNTEER_HOURS -> new DailyTally(volunteer + sign * minutes, study, rewardedReports);
            case STUDY_SESSION -> new DailyTally(volunteer, study + sign * minutes, rewardedReports);
            case PROBLEM_REPORT -> new DailyTally(volunteer, study, rewardedReports + sign);
            case REVERSAL, COMMENDATION_BONUS, GIFT_REDEMPTION -> this;
        };
    }
}
