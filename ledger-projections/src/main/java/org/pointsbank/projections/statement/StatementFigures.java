package org.pointsbank.projections.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Sums of {@code statement_entry} for the overview charts, by the ranking's rule: an entry counts at the station
 * where it was earned and on the day it is dated ({@code occurred_on}), and a reversal counts as the kind it
 * reverses (its points and minutes are negative), so a station's weeks add up to the month's ranking.
 */
@Repository
public class StatementFigures {

    /** The kind an entry counts as: its own type, or for a reversal the type of the entry it reverses. */
    private static final String FIGURES = """
            coalesce(sum(s.points) FILTER (WHERE coalesce(o.type, s.type) = 'VOLUNTEER_HOURS'), 0) AS volunteer_points,
            coalesce(sum(s.points) FILTER (WHERE coalesce(o.type, s.type) = 'STUDY_SESSION'), 0) AS study_points,
            coalesce(sum(s.points) FILTER (WHERE coalesce(o.type, s.type) = 'PROBLEM_REPORT'), 0) AS governance_points,
            coalesce(sum(s.minutes) FILTER (WHERE coalesce(o.type, s.type) = 'VOLUNTEER_HOURS'), 0) AS volunteer_minutes,
            coalesce(sum(s.minutes) FILTER (WHERE coalesce(o.type, s.type) = 'STUDY_SESSION'), 0) AS study_minutes
            """;

    private final JdbcTemplate jdbc;

    public StatementFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures of one span: a week (Monday first) at a station, or a month of a card. */
    public record Figures(
            String span,
            long volunteerPoints,
            long studyPoints,
            long governancePoints,
            long volunteerMinutes,
            long studyMinutes) {}

    /** A station's entries dated in the month, by ISO week (its Monday, which may lie in the month before). */
    public List<Figures> weeksAt(String stationId, YearMonth month) {
        return jdbc.query(
                "SELECT date_trunc('week', s.occurred_on::timestamp)::date::text AS span, " + FIGURES + """
                  FROM statement_entry s LEFT JOIN statement_entry o ON o.entry_id = s.reverses
                 WHERE s.station_id = ? AND s.occurred_on >= ? AND s.occurred_on < ?
                 GROUP BY 1 ORDER BY 1""",
                (rs, n) -> figures(rs.getString("span"), rs),
                stationId,
                Date.valueOf(month.atDay(1)),
                Date.valueOf(month.plusMonths(1).atDay(1)));
    }

    /** A card's entries dated in {@code [from, to]} (months), by month {@code yyyy-MM}, at every station. */
    public List<Figures> monthsOf(String cardId, YearMonth from, YearMonth to) {
        LocalDate until = to.plusMonths(1).atDay(1);
        return jdbc.query(
                "SELECT to_char(s.occurred_on, 'YYYY-MM') AS span, " + FIGURES + """
                  FROM statement_entry s LEFT JOIN statement_entry o ON o.entry_id = s.reverses
                 WHERE s.card_id = ? AND s.occurred_on >= ? AND s.occurred_on < ?
                 GROUP BY 1 ORDER BY 1""",
                (rs, n) -> figures(rs.getString("span"), rs),
                cardId,
                Date.valueOf(from.atDay(1)),
                Date.valueOf(until));
    }

    private static Figures figures(String span, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Figures(
                span,
                rs.getLong("volunteer_points"),
                rs.getLong("study_points"),
                rs.getLong("governance_points"),
                rs.getLong("volunteer_minutes"),
                rs.getLong("study_minutes"));
    }
}
