package org.pointsbank.projections.period;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the period lifecycle, and takes a month's lock for closing it. */
@Repository
public class PeriodRepository {

    private static final RowMapper<PeriodRow> PERIOD = (rs, n) -> new PeriodRow(
            rs.getString("period"),
            rs.getString("status"),
            rs.getInt("top_n"),
            instant(rs.getTimestamp("closed_at")),
            instant(rs.getTimestamp("notice_ends_at")),
            instant(rs.getTimestamp("commended_at")));

    private final JdbcTemplate jdbc;

    public PeriodRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Asked by cards (see {@code period_is_closed} in the migrations): holds the month's lock shared. */
    public boolean isClosed(String period) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT period_is_closed(?)", Boolean.class, period));
    }

    /**
     * Takes the month's lock exclusively, to commit: waits for every transaction that may still record an
     * entry dated in the month, and keeps new ones out until the close has committed.
     */
    public void lockForClosing(String period) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('pointsbank.period'), hashtext(?))", period);
    }

    public List<PeriodRow> findAll() {
        return jdbc.query("SELECT * FROM period ORDER BY period DESC", PERIOD);
    }

    public Optional<PeriodRow> find(String period) {
        return jdbc.query("SELECT * FROM period WHERE period = ?", PERIOD, period).stream()
                .findFirst();
    }

    public List<Objection> objections(String period) {
        return jdbc.query(
                "SELECT * FROM period_objection WHERE period = ? ORDER BY filed_at, objection_id",
                (rs, n) -> new Objection(
                        rs.getString("objection_id"),
                        rs.getString("period"),
                        rs.getString("card_id"),
                        rs.getString("station_id"),
                        rs.getString("entry_id"),
                        rs.getString("reason"),
                        rs.getString("filed_by"),
                        instant(rs.getTimestamp("filed_at"))),
                period);
    }

    public List<Commendation> commendationsOf(String cardId) {
        return jdbc.query(
                "SELECT * FROM commendation WHERE card_id = ? ORDER BY period, station_id",
                (rs, n) -> new Commendation(
                        rs.getString("period"),
                        rs.getString("station_id"),
                        rs.getString("card_id"),
                        rs.getInt("rank"),
                        rs.getLong("points"),
                        rs.getLong("bonus_points"),
                        instant(rs.getTimestamp("recorded_at"))),
                cardId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
