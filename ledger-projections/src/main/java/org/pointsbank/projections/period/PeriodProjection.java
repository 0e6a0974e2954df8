package org.pointsbank.projections.period;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.pointsbank.core.period.api.CommendationsConfirmed;
import org.pointsbank.core.period.api.ObjectionFiled;
import org.pointsbank.core.period.api.PeriodClosed;
import org.pointsbank.core.period.api.VolunteerCommended;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code period}, {@code period_objection} and {@code commendation}. Subscribing, inside the
 * recording transaction: a card asks {@code period_is_closed} before recording an entry, so a close must be
 * visible the moment it commits. Every write is idempotent (a primary key per fact).
 */
@Component
@ProcessingGroup(PeriodProjection.NAME)
public class PeriodProjection {

    public static final String NAME = "period";

    private final JdbcTemplate jdbc;

    public PeriodProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PeriodClosed e) {
        jdbc.update("""
                INSERT INTO period (period, status, top_n, closed_at, notice_ends_at)
                VALUES (?, 'CLOSED', ?, ?, ?) ON CONFLICT DO NOTHING""", e.period(), e.topN(), Timestamp.from(e.recordedAt()), Timestamp.from(e.noticeEndsAt()));
    }

    @EventHandler
    void on(ObjectionFiled e, @MetaDataValue("actor") String actor) {
        jdbc.update(
                """
                INSERT INTO period_objection (objection_id, period, card_id, station_id, entry_id, reason, filed_by,
                                              filed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.objectionId(),
                e.period(),
                e.cardId(),
                e.stationId(),
                e.entryId(),
                e.reason(),
                actor,
                Timestamp.from(e.recordedAt()));
    }

    @EventHandler
    void on(VolunteerCommended e) {
        jdbc.update(
                """
                INSERT INTO commendation (period, station_id, card_id, rank, points, bonus_points, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.period(),
                e.stationId(),
                e.cardId(),
                e.rank(),
                e.points(),
                e.bonusPoints(),
                Timestamp.from(e.recordedAt()));
    }

    @EventHandler
    void on(CommendationsConfirmed e) {
        jdbc.update(
                "UPDATE period SET status = 'COMMENDED', commended_at = ? WHERE period = ?",
                Timestamp.from(e.recordedAt()),
                e.period());
    }
}
