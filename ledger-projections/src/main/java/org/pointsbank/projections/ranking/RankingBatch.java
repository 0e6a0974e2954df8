package org.pointsbank.projections.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** One processor batch's changes to {@code ranking_total}, summed per month, station and card. */
final class RankingBatch {

    private record Key(String period, String stationId, String cardId) {
    }

    /** volunteer points, study points, volunteer minutes, study minutes. */
    private final Map<Key, long[]> sums = new LinkedHashMap<>();

    void add(String period, String stationId, String cardId, long volunteerPoints, long studyPoints,
             long volunteerMinutes, long studyMinutes) {
        long[] sum = sums.computeIfAbsent(new Key(period, stationId, cardId), k -> new long[4]);
        sum[0] += volunteerPoints;
        sum[1] += studyPoints;
        sum[2] += volunteerMinutes;
        sum[3] += studyMinutes;
    }

    void flush(JdbcTemplate jdbc) {
        if (sums.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new Object[] {
                key.period(), key.stationId(), key.cardId(), sum[0], sum[1], sum[2], sum[3]}));
        jdbc.batchUpdate("""
                INSERT INTO ranking_total (period, station_id, card_id, volunteer_points, study_points,
                                           volunteer_minutes, study_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (period, station_id, card_id) DO UPDATE SET
                    volunteer_points  = ranking_total.volunteer_points  + EXCLUDED.volunteer_points,
                    study_points      = ranking_total.study_points      + EXCLUDED.study_points,
                    volunteer_minutes = ranking_total.volunteer_minutes + EXCLUDED.volunteer_minutes,
                    study_minutes     = ranking_total.study_minutes     + EXCLUDED.study_minutes""", rows);
        sums.clear();
    }
}
