package org.pointsbank.projections.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.projections.support.BatchWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One processor batch's changes to {@code ranking_total}, queued per event and summed per month, station
 * and card when the batch commits; and the standings published in it, copied to {@code ranking_published}.
 */
final class RankingBatch implements BatchWriter<RankingBatch.Write> {

    sealed interface Write permits Points, Published {}

    record Points(
            String period,
            String stationId,
            String cardId,
            long volunteerPoints,
            long studyPoints,
            long governancePoints,
            long volunteerMinutes,
            long studyMinutes)
            implements Write {}

    record Published(String period, RankedCard line) implements Write {}

    private record Key(String period, String stationId, String cardId) {}

    static final RankingBatch WRITER = new RankingBatch();

    @Override
    public void write(JdbcTemplate jdbc, List<Write> writes) {
        /* volunteer points, study points, volunteer minutes, study minutes, governance points */
        Map<Key, long[]> sums = new LinkedHashMap<>();
        List<Object[]> published = new ArrayList<>();
        for (Write write : writes) {
            if (write instanceof Points p) {
                long[] sum = sums.computeIfAbsent(new Key(p.period(), p.stationId(), p.cardId()), k -> new long[5]);
                sum[0] += p.volunteerPoints();
                sum[1] += p.studyPoints();
                sum[2] += p.volunteerMinutes();
                sum[3] += p.studyMinutes();
                sum[4] += p.governancePoints();
            } else if (write instanceof Published p) {
                RankedCard line = p.line();
                published.add(new Object[] {
                    p.period(),
                    line.stationId() == null ? "" : line.stationId(),
                    line.category(),
                    line.rank(),
                    line.cardId(),
                    line.points(),
                    line.volunteerMinutes(),
                    line.studyMinutes()
                });
            }
        }
        if (!sums.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(sums.size());
            sums.forEach((key, sum) -> rows.add(
                    new Object[] {key.period(), key.stationId(), key.cardId(), sum[0], sum[1], sum[2], sum[3], sum[4]
                    }));
            jdbc.batchUpdate("""
                    INSERT INTO ranking_total (period, station_id, card_id, volunteer_points, study_points,
                                               volunteer_minutes, study_minutes, governance_points)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (period, station_id, card_id) DO UPDATE SET
                        volunteer_points  = ranking_total.volunteer_points  + EXCLUDED.volunteer_points,
                        study_points      = ranking_total.study_points      + EXCLUDED.study_points,
                        volunteer_minutes = ranking_total.volunteer_minutes + EXCLUDED.volunteer_minutes,
                        study_minutes     = ranking_total.study_minutes     + EXCLUDED.study_minutes,
                        governance_points = ranking_total.governance_points + EXCLUDED.governance_points""", rows);
        }
        if (!published.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO ranking_published (period, station_id, category, rank, card_id, points,
                                                   volunteer_minutes, study_minutes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""", published);
        }
    }
}
