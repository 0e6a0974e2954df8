package org.pointsbank.core.period.api;

/**
 * One line of a published ranking: in {@code stationId}'s standings ({@code null}: city-wide) for
 * {@code category} ({@code volunteer}, {@code study} or {@code all}).
 */
public record RankedCard(
        String stationId,
        String category,
        int rank,
        String cardId,
        long points,
        long volunteerMinutes,
        long studyMinutes) {}
