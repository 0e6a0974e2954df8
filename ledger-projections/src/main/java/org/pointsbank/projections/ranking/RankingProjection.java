package org.pointsbank.projections.ranking;

import java.time.YearMonth;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.core.period.api.RankingPublished;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.support.PerBatch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains the rankings: every credit adds its points and minutes to the month of its {@code occurredOn}, at
 * the station where it was earned; a reversal takes them away from the same month and station. Nothing else
 * (closing a card, gifts, bonus points) moves a ranking. A processor batch is summed per row and written at
 * once when it commits with its token ({@link RankingBatch}); published standings are copied as recorded.
 */
@Component
@ProcessingGroup(RankingProjection.NAME)
public class RankingProjection {

    public static final String NAME = "ranking";
    private static final String BATCH = RankingProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public RankingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VolunteerHoursCredited e) {
        batch().add(period(e.occurredOn()), e.stationId(), e.cardId(), e.points(), 0, e.minutes(), 0);
    }

    @EventHandler
    void on(StudySessionCredited e) {
        batch().add(period(e.occurredOn()), e.stationId(), e.cardId(), 0, e.points(), 0, e.minutes());
    }

    @EventHandler
    void on(EntryReversed e) {
        if (e.reversedType() == EntryType.VOLUNTEER_HOURS) {
            batch().add(period(e.occurredOn()), e.stationId(), e.cardId(), e.points(), 0, e.minutes(), 0);
        } else if (e.reversedType() == EntryType.STUDY_SESSION) {
            batch().add(period(e.occurredOn()), e.stationId(), e.cardId(), 0, e.points(), 0, e.minutes());
        }
    }

    @EventHandler
    void on(RankingPublished e) {
        jdbc.batchUpdate("""
                INSERT INTO ranking_published (period, station_id, category, rank, card_id, points,
                                               volunteer_minutes, study_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", e.standings(), 500, (ps, line) -> published(ps, e.period(), line));
    }

    private static void published(java.sql.PreparedStatement ps, String period, RankedCard line)
            throws java.sql.SQLException {
        ps.setString(1, period);
        ps.setString(2, line.stationId() == null ? "" : line.stationId());
        ps.setString(3, line.category());
        ps.setInt(4, line.rank());
        ps.setString(5, line.cardId());
        ps.setLong(6, line.points());
        ps.setLong(7, line.volunteerMinutes());
        ps.setLong(8, line.studyMinutes());
    }

    private static String period(java.time.LocalDate day) {
        return YearMonth.from(day).toString();
    }

    private RankingBatch batch() {
        return PerBatch.of(BATCH, RankingBatch::new, batch -> batch.flush(jdbc));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM ranking_total");
        jdbc.update("DELETE FROM ranking_published");
    }
}
