package org.pointsbank.projections.report;

import static org.pointsbank.projections.report.ReportSql.SUBTREE;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The monthly figures stations publish ("35 reported, 30 handled"), counted in one statement over the reports
 * submitted in the month. The month is a business month in the service's zone (the zone of its clock).
 */
@Repository
public class ReportStatisticsRepository {

    private static final String OPEN = "r.status NOT IN ('VERIFIED', 'REJECTED', 'DUPLICATE')";

    private static final String FIGURES = """
            SELECT count(*) AS reported,
                   count(*) FILTER (WHERE r.accepted_at IS NOT NULL) AS accepted,
                   count(*) FILTER (WHERE r.status = 'REJECTED') AS rejected,
                   count(*) FILTER (WHERE r.status = 'DUPLICATE') AS duplicates,
                   count(*) FILTER (WHERE r.resolved_at IS NOT NULL) AS resolved,
                   count(*) FILTER (WHERE r.status = 'VERIFIED') AS verified,
                   count(*) FILTER (WHERE %1$s) AS open,
                   count(*) FILTER (WHERE %1$s AND r.due_by < ?) AS overdue,
                   round(CAST(percentile_cont(0.5) WITHIN GROUP (
                             ORDER BY CAST(extract(epoch FROM r.resolved_at - r.submitted_at) AS DOUBLE PRECISION))
                         AS NUMERIC) / 3600, 1) AS median_hours
              FROM problem_report r
             WHERE r.submitted_at >= ? AND r.submitted_at < ?""".formatted(OPEN);

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public ReportStatisticsRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /**
     * The figures of {@code period} in {@code gridCellId} and every cell below it (null: every cell) at the
     * handling station {@code stationId} (null: every station); overdue as of {@code now}.
     */
    public ReportStatistics statistics(YearMonth period, String gridCellId, String stationId, Instant now) {
        StringBuilder sql = new StringBuilder(FIGURES);
        List<Object> args = new ArrayList<>(List.of(
                Timestamp.from(now),
                Timestamp.from(period.atDay(1).atStartOfDay(zone).toInstant()),
                Timestamp.from(period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())));
        if (stationId != null) {
            sql.append(" AND r.station_id = ?");
            args.add(stationId);
        }
        if (gridCellId != null) {
            sql.append(" AND r.grid_cell_id IN (").append(SUBTREE).append(")");
            args.add(gridCellId);
        }
        return jdbc.queryForObject(
                sql.toString(),
                (rs, n) -> {
                    BigDecimal median = rs.getBigDecimal("median_hours");
                    return new ReportStatistics(
                            rs.getLong("reported"),
                            rs.getLong("accepted"),
                            rs.getLong("rejected"),
                            rs.getLong("duplicates"),
                            rs.getLong("resolved"),
                            rs.getLong("verified"),
                            rs.getLong("open"),
                            rs.getLong("overdue"),
                            median == null ? null : median.doubleValue());
                },
                args.toArray());
    }
}
