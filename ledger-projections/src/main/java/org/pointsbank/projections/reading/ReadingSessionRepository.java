package org.pointsbank.projections.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code reading_session}. */
@Repository
public class ReadingSessionRepository {

    private static final RowMapper<ReadingSession> ROW = (rs, n) -> new ReadingSession(
            rs.getString("session_id"),
            rs.getString("card_id"),
            rs.getString("station_id"),
            rs.getString("status"),
            rs.getTimestamp("started_at").toInstant(),
            instant(rs.getTimestamp("ended_at")),
            rs.getObject("minutes", Integer.class),
            rs.getObject("points", Long.class),
            rs.getString("entry_id"),
            rs.getString("refusal"));

    private final JdbcTemplate jdbc;

    public ReadingSessionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReadingSession> find(String sessionId) {
        return jdbc.query("SELECT * FROM reading_session WHERE session_id = ?", ROW, sessionId).stream()
                .findFirst();
    }

    /** A card's sessions, newest first. */
    public List<ReadingSession> ofCard(String cardId, int limit) {
        return jdbc.query("""
                SELECT * FROM reading_session WHERE card_id = ?
                 ORDER BY started_at DESC, session_id DESC LIMIT ?""", ROW, cardId, limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
