package org.pointsbank.core.policy;

import org.pointsbank.core.shared.EntryType;

/**
 * Points policy v1, exactly as the table in docs/api.md:
 * <ul>
 *   <li>volunteer hours: 1–720 minutes, {@code floor(minutes * 10 / 60)} points (10 an hour),
 *       at most 720 volunteer minutes per card per day;</li>
 *   <li>study session: 30–240 minutes, {@code 5 * floor(minutes / 30)} points,
 *       at most 240 study minutes per card per day;</li>
 *   <li>commendation bonus: 1–1000 points, granted as asked, reversible like any credit;</li>
 *   <li>problem reports: at most {@link #DEFAULT_MAX_REWARDED_REPORTS_PER_DAY} rewarded a card per day unless the
 *       service is configured otherwise.</li>
 * </ul>
 */
public final class PointsPolicyV1 implements PointsPolicy {

    public static final String VERSION = "v1";

    static final CreditTerms VOLUNTEER_HOURS = new CreditTerms(1, 720, 720, PointsPolicyV1::volunteerPoints);
    static final CreditTerms STUDY_SESSION = new CreditTerms(30, 240, 240, PointsPolicyV1::studyPoints);

    static int volunteerPoints(int minutes) {
        return minutes * 10 / 60;
    }

    static int studyPoints(int minutes) {
        return 5 * (minutes / 30);
    }

    /** The most bonus points one commendation may carry. */
    static final long MAX_COMMENDATION_BONUS = 1000;

    /** Rewarded problem reports per card and day when the service sets no other number. */
    public static final int DEFAULT_MAX_REWARDED_REPORTS_PER_DAY = 5;

    private final int maxRewardedReportsPerDay;

    public PointsPolicyV1() {
        this(DEFAULT_MAX_REWARDED_REPORTS_PER_DAY);
    }

    /**
     * A wiring precondition, not a rule: the service builds its policy once at start-up from a validated setting
     * (at least 1 there), so no command reaches the exception.
     */
    public PointsPolicyV1(int maxRewardedReportsPerDay) {
        if (maxRewardedReportsPerDay < 1) {
            throw new IllegalArgumentException("maxRewardedReportsPerDay must be at least 1");
        }
        this.maxRewardedReportsPerDay = maxRewardedReportsPerDay;
    }

    @Override
    public int maxRewardedReportsPerDay() {
        return maxRewardedReportsPerDay;
    }

    @Override
    public long maxCommendationBonus() {
        return MAX_COMMENDATION_BONUS;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /**
     * A programming error, not a rule: the card asks only for the terms of its two credits for time (the types
     * are constants in its handlers, never input), so no command reaches the exception.
     */
    @Override
    public CreditTerms termsFor(EntryType type) {
        return switch (type) {
            case VOLUNTEER_HOURS -> VOLUNTEER_HOURS;
            case STUDY_SESSION -> STUDY_SESSION;
            case REVERSAL, COMMENDATION_BONUS, GIFT_REDEMPTION, PROBLEM_REPORT ->
                throw new IllegalArgumentException(type + " is not a credit for time");
        };
    }
}
