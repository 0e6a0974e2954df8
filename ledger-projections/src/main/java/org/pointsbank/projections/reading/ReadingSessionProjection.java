package org.pointsbank.projections.reading;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code reading_session}. A streaming read model (rebuildable, its failures parked): the rule of one
 * open session per card is the card's, not this table's. The end carries the whole session, so it is written as
 * an upsert: a batch's statements run grouped by statement, and the end may be written before the start it
 * follows; the start then changes nothing. Handled twice, either event leaves the same row.
 */
@Component
@ProcessingGroup(ReadingSessionProjection.NAME)
public class ReadingSessionProjection {

    public static final String NAME = "reading_session";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final LongStatements longStatements;

    public ReadingSessionProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(ReadingSessionStarted e) {
        BatchedJdbc.of(writes, NAME).add("""
                INSERT INTO reading_session (session_id, card_id, station_id, status, started_at)
                VALUES (?, ?, ?, 'OPEN', ?) ON CONFLICT (session_id) DO NOTHING""", e.sessionId(), e.cardId(), e.stationId(), Timestamp.from(e.startedAt()));
    }

    @EventHandler
    void on(ReadingSessionEnded e) {
        BatchedJdbc.of(writes, NAME)
                .add(
                        """
                INSERT INTO reading_session (session_id, card_id, station_id, status, started_at, ended_at, minutes,
                                             points, entry_id, refusal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET status = excluded.status, ended_at = excluded.ended_at,
                    minutes = excluded.minutes, points = excluded.points, entry_id = excluded.entry_id,
                    refusal = excluded.refusal""",
                        e.sessionId(),
                        e.cardId(),
                        e.stationId(),
                        e.status().name(),
                        Timestamp.from(e.startedAt()),
                        Timestamp.from(e.endedAt()),
                        e.minutes(),
                        e.points(),
                        e.entryId(),
                        e.refusal());
    }

    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM reading_session");
    }
}
