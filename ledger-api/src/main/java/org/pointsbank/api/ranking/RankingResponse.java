package org.pointsbank.api.ranking;

import java.util.List;
import org.pointsbank.projections.ranking.RankingLine;

/**
 * {@code GET /rankings}: the standings, plus {@code status}: {@code LIVE} while the month is open,
 * {@code FINAL} once it is closed (its standings can no longer change).
 */
public record RankingResponse(
        String period, String stationId, String category, String status, List<RankingLine> entries) {}
