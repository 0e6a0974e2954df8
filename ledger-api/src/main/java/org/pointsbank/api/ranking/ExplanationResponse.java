package org.pointsbank.api.ranking;

import java.util.List;
import org.pointsbank.projections.ranking.ExplainedEntry;

/**
 * {@code GET /rankings/explain}: a card's ranked figure for a month, category and station (or city-wide), and
 * the entries whose points add up to it (credits dated in the month, and reversals of them).
 */
public record ExplanationResponse(
        String period,
        String cardId,
        String stationId,
        String category,
        long points,
        long volunteerMinutes,
        long studyMinutes,
        List<ExplainedEntry> entries) {}
