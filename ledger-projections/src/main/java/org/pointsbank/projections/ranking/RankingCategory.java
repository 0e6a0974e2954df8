package org.pointsbank.projections.ranking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a standings list ranks by: volunteer points, study points, governance points (verified problem reports), or
 * all of them.
 */
public enum RankingCategory {
    VOLUNTEER("volunteer_points", "VOLUNTEER_HOURS"),
    STUDY("study_points", "STUDY_SESSION"),
    GOVERNANCE("governance_points", "PROBLEM_REPORT"),
    ALL("volunteer_points + study_points + governance_points", "VOLUNTEER_HOURS", "STUDY_SESSION", "PROBLEM_REPORT");

    private final String pointsExpression;
    private final String[] entryTypes;

    RankingCategory(String pointsExpression, String... entryTypes) {
        this.pointsExpression = pointsExpression;
        this.entryTypes = entryTypes;
    }

    /** As written in the API: {@code volunteer}, {@code study}, {@code governance}, {@code all}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RankingCategory> of(String label) {
        return Arrays.stream(values()).filter(c -> c.label().equals(label)).findFirst();
    }

    /** SQL over the columns of {@code ranking_total} (or sums named alike). Constants only, never input. */
    String pointsExpression() {
        return pointsExpression;
    }

    /** The kinds of entry whose points count, reversals counting as the kind they reverse. */
    String[] entryTypes() {
        return entryTypes.clone();
    }
}
