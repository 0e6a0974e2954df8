package org.pointsbank.projections.statement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code statement_entry}: pages of a statement and balances as of an instant. */
@Repository
public class StatementRepository {

    private static final RowMapper<StatementLine> ROW = (rs, n) -> new StatementLine(
            rs.getString("entry_id"),
            rs.getString("card_id"),
            rs.getLong("card_sequence"),
            rs.getString("type"),
            rs.getString("station_id"),
            rs.getString("description"),
            rs.getInt("minutes"),
            rs.getLong("points"),
            rs.getLong("running_balance"),
            rs.getDate("occurred_on").toLocalDate(),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("policy_version"),
            rs.getString("reverses"),
            rs.getString("reversed_by"),
            rs.getString("activity_id"),
            rs.getString("report_id"));

    private final JdbcTemplate jdbc;

    public StatementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lines of a card recorded in {@code [from, to)}, oldest first, after the card sequence
     * {@code afterSequence}, at most {@code limit}.
     */
    public List<StatementLine> page(String cardId, Instant from, Instant to, long afterSequence, int limit) {
        return jdbc.query("""
                SELECT * FROM statement_entry
                 WHERE card_id = ? AND recorded_at >= ? AND recorded_at < ? AND card_sequence > ?
                 ORDER BY card_sequence
                 LIMIT ?""", ROW, cardId, Timestamp.from(from), Timestamp.from(to), afterSequence, limit);
    }

    /** The card's balance as recorded at {@code instant}: the running balance of the last entry by then. */
    public long balanceAsOf(String cardId, Instant instant) {
        List<Long> balance = jdbc.queryForList("""
                SELECT running_balance FROM statement_entry
                 WHERE card_id = ? AND recorded_at <= ?
                 ORDER BY card_sequence DESC
                 LIMIT 1""", Long.class, cardId, Timestamp.from(instant));
        return balance.isEmpty() ? 0 : balance.get(0);
    }

    /** Lines of a card newest first, before the card sequence {@code beforeSequence}, at most {@code limit}. */
    public List<StatementLine> newestFirst(String cardId, long beforeSequence, int limit) {
        return jdbc.query("""
                SELECT * FROM statement_entry
                 WHERE card_id = ? AND card_sequence < ?
                 ORDER BY card_sequence DESC
                 LIMIT ?""", ROW, cardId, beforeSequence, limit);
    }

    /** One line of a card, if the read model has it yet. */
    public Optional<StatementLine> find(String cardId, String entryId) {
        return jdbc
                .query("SELECT * FROM statement_entry WHERE card_id = ? AND entry_id = ?", ROW, cardId, entryId)
                .stream()
                .findFirst();
    }
}
