package org.pointsbank.api.monitoring;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The totals behind the business gauges, each one grouped query over a read model. Tags are bounded: entry types,
 * stations, statuses; never a card.
 */
@Repository
class BusinessFigures {

    /** Entries of one type at one station: how many, and their points (negative for spending and reversals). */
    record Entries(String type, String station, long count, long points) {}

    /** How many rows of a read model are in one state, at one station (null: all stations together). */
    record Count(String state, String station, long count) {}

    private final JdbcTemplate jdbc;

    BusinessFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Entries> entries() {
        return jdbc.query(
                "SELECT type, station_id, count(*), coalesce(sum(points), 0) FROM statement_entry"
                        + " GROUP BY type, station_id",
                (rs, n) -> new Entries(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    List<Count> redemptions() {
        return counts("SELECT status, station_id, count(*) FROM redemption GROUP BY status, station_id");
    }

    List<Count> reports() {
        return counts("SELECT coalesce(status, 'UNKNOWN'), coalesce(station_id, ''), count(*) FROM problem_report"
                + " GROUP BY 1, 2");
    }

    /** Activities by state, every state always (0 included): CLOSED, CANCELLED, OPEN (neither yet). */
    List<Count> activities() {
        return jdbc.query("""
                SELECT count(*) FILTER (WHERE closed_at IS NOT NULL),
                       count(*) FILTER (WHERE closed_at IS NULL AND cancelled_at IS NOT NULL),
                       count(*) FILTER (WHERE closed_at IS NULL AND cancelled_at IS NULL)
                  FROM activity""", rs -> {
            rs.next();
            return List.of(
                    new Count("CLOSED", null, rs.getLong(1)),
                    new Count("CANCELLED", null, rs.getLong(2)),
                    new Count("OPEN", null, rs.getLong(3)));
        });
    }

    private List<Count> counts(String sql) {
        return jdbc.query(sql, (rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }
}
