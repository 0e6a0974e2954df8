package org.pointsbank.api.overview;

/**
 * A card's month: minutes and points by kind, at every station, dated in the month; a reversal counts against the
 * kind it reverses, as in the rankings.
 */
public record MonthFigures(
        String period,
        long volunteerMinutes,
        long studyMinutes,
        long volunteerPoints,
        long studyPoints,
        long governancePoints) {}
