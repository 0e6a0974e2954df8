package org.pointsbank.projections.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads {@code activity} and {@code activity_roster}, deriving each status from the facts recorded. */
@Repository
public class ActivityRepository {

    private static final String ACTIVITY = """
            SELECT a.*, CASE WHEN a.cancelled_at IS NOT NULL THEN 'CANCELLED'
                             WHEN a.closed_at IS NOT NULL THEN 'CLOSED' ELSE 'OPEN' END AS status
              FROM activity a
             WHERE a.planned_at IS NOT NULL""";

    private static final String LINE = """
            SELECT r.*, COALESCE(r.outcome,
                                 CASE WHEN r.checked_out_at IS NOT NULL OR r.paper_minutes IS NOT NULL THEN 'CHECKED_OUT'
                                      WHEN r.checked_in_at IS NOT NULL THEN 'CHECKED_IN' ELSE 'SIGNED_UP' END) AS status,
                   COALESCE(r.final_minutes, r.paper_minutes, r.scanned_minutes) AS minutes
              FROM activity_roster r
             WHERE r.activity_id = ?""";

    private static final RowMapper<ActivityRow> ROW = (rs, n) -> new ActivityRow(
            rs.getString("activity_id"),
            rs.getString("station_id"),
            rs.getString("kind"),
            rs.getString("title"),
            rs.getDate("activity_date").toLocalDate(),
            rs.getTime("start_time").toLocalTime(),
            rs.getTime("end_time").toLocalTime(),
            rs.getInt("planned_minutes"),
            (Integer) rs.getObject("capacity"),
            rs.getBoolean("self_check_in"),
            rs.getString("status"),
            instant(rs, "planned_at"),
            instant(rs, "closed_at"),
            instant(rs, "cancelled_at"),
            rs.getString("cancel_reason"));

    private static final RowMapper<RosterLine> ROSTER = (rs, n) -> new RosterLine(
            rs.getString("card_id"),
            rs.getString("status"),
            instant(rs, "checked_in_at"),
            instant(rs, "checked_out_at"),
            (Integer) rs.getObject("minutes"),
            rs.getString("entry_id"),
            (Long) rs.getObject("points"),
            rs.getString("refusal"));

    private final JdbcTemplate jdbc;

    public ActivityRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivityRow> find(String activityId) {
        return jdbc.query(ACTIVITY + " AND a.activity_id = ?", ROW, activityId).stream()
                .findFirst();
    }

    /** A station's activities dated in {@code [from, to]} (either open-ended), newest first; status null: all. */
    public List<ActivityRow> ofStation(String stationId, LocalDate from, LocalDate to, String status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + ACTIVITY + " AND a.station_id = ?) s WHERE true");
        List<Object> args = new ArrayList<>(List.of(stationId));
        if (from != null) {
            sql.append(" AND s.activity_date >= ?");
            args.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND s.activity_date <= ?");
            args.add(java.sql.Date.valueOf(to));
        }
        if (status != null) {
            sql.append(" AND s.status = ?");
            args.add(status);
        }
        sql.append(" ORDER BY s.activity_date DESC, s.start_time DESC, s.planned_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** The roster, by card id. */
    public List<RosterLine> roster(String activityId) {
        return jdbc.query(LINE + " ORDER BY r.card_id", ROSTER, activityId);
    }

    public Optional<RosterLine> line(String activityId, String cardId) {
        return jdbc.query(LINE + " AND r.card_id = ?", ROSTER, activityId, cardId).stream()
                .findFirst();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
