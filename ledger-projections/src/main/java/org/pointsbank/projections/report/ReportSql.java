package org.pointsbank.projections.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;

/** What the report repositories share: the row with its names, the subtree of a cell, the row mapper. */
final class ReportSql {

    /**
     * Reports that have been submitted (a credit's row written ahead of its report is not one yet), with their
     * reward as the card recorded it and its reversal (one entry per report), last changed by either.
     */
    static final String REPORTS = """
            SELECT r.*, c.name AS category_name, s.name AS station_name,
                   w.points_credited, w.entry_id, coalesce(w.reversed, FALSE) AS reward_reversed,
                   GREATEST(r.updated_at, w.reversed_at) AS last_updated_at
              FROM problem_report r
              LEFT JOIN report_reward w ON w.report_id = r.report_id
              LEFT JOIN report_category c ON c.code = r.category_code
              LEFT JOIN station s ON s.station_id = r.station_id
             WHERE r.submitted_at IS NOT NULL""";

    /** The ids of the cell given as the one parameter and of every cell below it. */
    static final String SUBTREE = """
            WITH RECURSIVE below (cell_id, depth) AS (
                SELECT CAST(? AS VARCHAR), 0
                UNION ALL
                SELECT g.cell_id, b.depth + 1 FROM grid_cell g JOIN below b ON g.parent_id = b.cell_id
                 WHERE b.depth < 8)
            SELECT cell_id FROM below""";

    static final RowMapper<ReportRow> ROW = (rs, n) -> new ReportRow(
            rs.getString("report_id"),
            rs.getString("card_id"),
            rs.getString("category_code"),
            rs.getString("category_name"),
            rs.getString("grid_cell_id"),
            rs.getString("station_id"),
            rs.getString("station_name"),
            rs.getString("description"),
            (Double) rs.getObject("lat"),
            (Double) rs.getObject("lon"),
            rs.getString("address"),
            rs.getString("status"),
            rs.getString("submitted_by"),
            instant(rs, "submitted_at"),
            (Integer) rs.getObject("accepted_points"),
            instant(rs, "accepted_at"),
            rs.getString("assignee"),
            instant(rs, "dispatched_at"),
            instant(rs, "due_by"),
            rs.getString("outcome"),
            rs.getString("feedback"),
            rs.getString("resolved_by"),
            instant(rs, "resolved_at"),
            rs.getString("verified_by"),
            instant(rs, "verified_at"),
            (Integer) rs.getObject("points_due"),
            (Long) rs.getObject("points_credited"),
            rs.getString("entry_id"),
            rs.getBoolean("reward_reversed"),
            rs.getString("reward_refusal_code"),
            rs.getString("duplicate_of"),
            instant(rs, "closed_at"),
            instant(rs, "last_updated_at"));

    private ReportSql() {}

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
