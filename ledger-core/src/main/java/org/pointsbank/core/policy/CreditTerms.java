package org.pointsbank.core.policy;

import java.util.function.IntUnaryOperator;

/**
 * The terms of one kind of credit under one policy version: which durations are valid, how many
 * minutes a card may be credited per business day, and how minutes turn into points.
 *
 * @param minMinutes      the shortest valid duration, inclusive
 * @param maxMinutes      the longest valid duration, inclusive
 * @param dailyCapMinutes the most minutes of this kind one card may be credited for one day
 * @param pointsRule      minutes to points, for valid durations only
 */
public record CreditTerms(int minMinutes, int maxMinutes, int dailyCapMinutes, IntUnaryOperator pointsRule) {

    public boolean accepts(int minutes) {
        return minutes >= minMinutes && minutes <= maxMinutes;
    }

    /** The points a valid duration earns; a duration outside the terms is refused. */
    public int pointsFor(int minutes) {
        if (!accepts(minutes)) {
            throw new MinutesOutOfRange(minutes, minMinutes, maxMinutes);
        }
        return pointsRule.applyAsInt(minutes);
    }

    /** True when {@code alreadyCredited + minutes} stays within the daily cap. */
    public boolean withinDailyCap(int alreadyCredited, int minutes) {
        return alreadyCredited + minutes <= dailyCapMinutes;
    }

    /**
     * The shortest valid duration that earns at least one point, or {@code -1} when none does: planning an activity
     * shorter than that would promise its attendees nothing.
     */
    public int minutesForFirstPoint() {
        for (int minutes = minMinutes; minutes <= maxMinutes; minutes++) {
            if (pointsRule.applyAsInt(minutes) > 0) {
                return minutes;
            }
        }
        return -1;
    }

    /** The longest duration one credit of this kind may carry: the longest valid one, within the daily cap. */
    public int longestCreditableMinutes() {
        return Math.min(maxMinutes, dailyCapMinutes);
    }
}
