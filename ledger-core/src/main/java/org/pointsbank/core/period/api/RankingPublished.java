package org.pointsbank.core.period.api;

import java.time.Instant;
import java.util.List;

/** The final standings of a closed month: the top {@code topN} per station and city-wide, per category. */
public record RankingPublished(String period, int topN, List<RankedCard> standings, Instant recordedAt) {}
