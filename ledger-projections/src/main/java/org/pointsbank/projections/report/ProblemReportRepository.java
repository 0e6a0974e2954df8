package org.pointsbank.projections.report;

import static org.pointsbank.projections.report.ReportSql.REPORTS;
import static org.pointsbank.projections.report.ReportSql.ROW;
import static org.pointsbank.projections.report.ReportSql.SUBTREE;
import static org.pointsbank.projections.report.ReportSql.instant;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the problem reports: one with its timeline and photos, the filtered lists, a card's reports. */
@Repository
public class ProblemReportRepository {

    private final JdbcTemplate jdbc;

    private static final RowMapper<TimelineLine> LINE = (rs, n) -> new TimelineLine(
            rs.getLong("position"),
            rs.getString("event"),
            rs.getString("status"),
            instant(rs, "at"),
            rs.getString("by_user"),
            rs.getString("note"));

    public ProblemReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportRow> find(String reportId) {
        return jdbc.query(REPORTS + " AND r.report_id = ?", ROW, reportId).stream()
                .findFirst();
    }

    /** The report with its timeline and photos; empty for a report not (yet) in the read model. */
    public Optional<ReportDetails> details(String reportId) {
        return find(reportId).map(report -> new ReportDetails(report, timeline(reportId), photos(reportId)));
    }

    /**
     * The report's events in log order, each with the status after it; the reversal of its reward (kept with the
     * reward, see V15) with the status of the line before it.
     */
    public List<TimelineLine> timeline(String reportId) {
        return jdbc.query("""
                SELECT position, event, status, at, by_user, note FROM report_timeline WHERE report_id = ?
                UNION ALL
                SELECT w.reversed_position, 'REWARD_REVERSED',
                       (SELECT t.status FROM report_timeline t WHERE t.report_id = w.report_id
                                                                 AND t.position < w.reversed_position
                         ORDER BY t.position DESC LIMIT 1),
                       w.reversed_at, w.reversed_by, w.reversal_note
                  FROM report_reward w WHERE w.report_id = ? AND w.reversed
                 ORDER BY position""", LINE, reportId, reportId);
    }

    /**
     * Of each of {@code reportIds}, its latest timeline line whose event is one of {@code events}, in one query (a
     * report without one is left out): what a list of reports shows as each one's latest note.
     */
    public Map<String, TimelineLine> latestLines(Collection<String> reportIds, Collection<String> events) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        Map<String, TimelineLine> latest = new HashMap<>();
        jdbc.query(
                connection -> {
                    PreparedStatement ps =
                            connection.prepareStatement("SELECT DISTINCT ON (report_id) * FROM report_timeline"
                                    + " WHERE report_id = ANY (?) AND event = ANY (?)"
                                    + " ORDER BY report_id, position DESC");
                    ps.setArray(1, connection.createArrayOf("varchar", reportIds.toArray(String[]::new)));
                    ps.setArray(2, connection.createArrayOf("varchar", events.toArray(String[]::new)));
                    return ps;
                },
                (RowCallbackHandler) rs -> latest.put(rs.getString("report_id"), LINE.mapRow(rs, 0)));
        return latest;
    }

    /** The report's photos in the order attached, erased ones included (with when and by whom). */
    public List<PhotoRef> photos(String reportId) {
        return jdbc.query(
                "SELECT * FROM report_photo_ref WHERE report_id = ? ORDER BY attached_at, photo_id",
                (rs, n) -> new PhotoRef(
                        rs.getString("photo_id"),
                        rs.getString("report_id"),
                        rs.getString("sha256"),
                        rs.getString("content_type"),
                        rs.getLong("bytes"),
                        rs.getString("attached_by"),
                        instant(rs, "attached_at"),
                        rs.getString("erased_by"),
                        instant(rs, "erased_at")),
                reportId);
    }

    /** A page of reports, newest first (by submission, then id), as {@code query} filters them. */
    public List<ReportRow> list(FindReports query) {
        StringBuilder sql = new StringBuilder(REPORTS);
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" AND r.status = ?");
            args.add(query.status());
        }
        if (query.stationId() != null) {
            sql.append(" AND r.station_id = ?");
            args.add(query.stationId());
        }
        if (query.stationIds() != null) {
            sql.append(" AND r.station_id = ANY (?)");
            args.add(query.stationIds().toArray(String[]::new));
        }
        if (query.statuses() != null) {
            sql.append(" AND r.status = ANY (?)");
            args.add(query.statuses().toArray(String[]::new));
        }
        if (query.categoryCodes() != null) {
            sql.append(" AND r.category_code = ANY (?)");
            args.add(query.categoryCodes().toArray(String[]::new));
        }
        if (query.gridCellId() != null) {
            sql.append(" AND r.grid_cell_id IN (").append(SUBTREE).append(")");
            args.add(query.gridCellId());
        }
        if (query.from() != null) {
            sql.append(" AND r.submitted_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND r.submitted_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.after() != null) {
            sql.append(" AND (r.submitted_at, r.report_id) < (?, ?)");
            args.add(Timestamp.from(query.after().submittedAt()));
            args.add(query.after().reportId());
        }
        sql.append(" ORDER BY r.submitted_at DESC, r.report_id DESC LIMIT ?");
        args.add(query.limit());
        return jdbc.query(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql.toString());
                    int i = 1;
                    for (Object arg : args) {
                        if (arg instanceof String[] array) {
                            ps.setArray(i++, connection.createArrayOf("varchar", array));
                        } else {
                            ps.setObject(i++, arg);
                        }
                    }
                    return ps;
                },
                ROW);
    }

    /** The card's reports, newest first, at most {@code limit}. */
    public List<ReportRow> ofCard(String cardId, int limit) {
        return jdbc.query(
                REPORTS + " AND r.card_id = ? ORDER BY r.submitted_at DESC, r.report_id DESC LIMIT ?",
                ROW,
                cardId,
                limit);
    }
}
