package org.pointsbank.projections.ranking;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.api.RankedCard;
import org.pointsbank.projections.support.LongStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Ranks {@code ranking_total}: points of a category per card, at one station or summed city-wide, ties sharing
 * a rank (1, 2, 2, 4) and ordered by card id within a tie; cards without points in the category are left out.
 */
@Repository
public class RankingRepository {

    private static final String VOLUNTEER = VolunteerHoursCredited.class.getName();
    private static final String STUDY = StudySessionCredited.class.getName();
    private static final String REVERSED = EntryReversed.class.getName();
    private static final String GOVERNANCE = ProblemReportCredited.class.getName();

    /** A line of a standings list; station '' is city-wide. */
    private static final RowMapper<RankedCard> RANKED_CARD = (rs, n) -> new RankedCard(
            rs.getString("station_id").isEmpty() ? null : rs.getString("station_id"),
            rs.getString("category"),
            rs.getInt("rank"),
            rs.getString("card_id"),
            rs.getLong("points"),
            rs.getLong("volunteer_minutes"),
            rs.getLong("study_minutes"));

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;

    public RankingRepository(JdbcTemplate jdbc, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.longStatements = longStatements;
    }

    /** {@code stationId} {@code null}: city-wide. */
    public List<RankingLine> standings(YearMonth period, String stationId, RankingCategory category, int limit) {
        List<Object> args = new ArrayList<>(List.of(period.toString()));
        if (stationId != null) {
            args.add(stationId);
        }
        args.add(limit);
        return jdbc.query(
                """
                WITH totals AS (
                    SELECT card_id, sum(volunteer_points) AS volunteer_points, sum(study_points) AS study_points,
                           sum(volunteer_minutes) AS volunteer_minutes, sum(study_minutes) AS study_minutes,
                           sum(governance_points) AS governance_points
                      FROM ranking_total
                     WHERE period = ? %s
                     GROUP BY card_id),
                scored AS (SELECT card_id, %s AS points, volunteer_minutes, study_minutes FROM totals)
                SELECT rank() OVER (ORDER BY points DESC) AS rank, card_id, points, volunteer_minutes, study_minutes
                  FROM scored
                 WHERE points > 0
                 ORDER BY points DESC, card_id
                 LIMIT ?""".formatted(stationId == null ? "" : "AND station_id = ?", category.pointsExpression()),
                (rs, n) -> new RankingLine(
                        rs.getInt("rank"),
                        rs.getString("card_id"),
                        rs.getLong("points"),
                        rs.getLong("volunteer_minutes"),
                        rs.getLong("study_minutes")),
                args.toArray());
    }

    /** Every station's and the city's top {@code topN} (all tied at rank N included), for every category. */
    public List<RankedCard> topOfEveryList(YearMonth period, int topN) {
        return ranked("""
                SELECT station_id, card_id, volunteer_points, study_points, volunteer_minutes, study_minutes,
                       governance_points
                  FROM ranking_total WHERE period = ?""", topN, period.toString());
    }

    /**
     * As {@link #topOfEveryList}, computed from the event log itself rather than the read model: what a month
     * is closed with. Exact whatever the projection's lag, and an independent check of it. It reads every card
     * event (about a second per 100,000, as reconciliation): a filter on the stored timestamp would trust
     * Axon's clock to agree with the ledger's calendar, and a close happens once a month.
     */
    public List<RankedCard> topOfEveryListFromLog(YearMonth period, int topN) {
        longStatements.allowInThisTransaction(); // a whole-log read: more than the role's statement_timeout
        return ranked(
                """
                WITH events AS (
                    SELECT payload_type AS t, payload_json(payload) AS p
                      FROM domain_event_entry
                     WHERE type = 'RewardCard' AND payload_type = ANY (?)),
                dated AS (
                    SELECT p ->> 'stationId' AS station_id, p ->> 'cardId' AS card_id,
                           (p ->> 'points')::bigint AS points, (p ->> 'minutes')::bigint AS minutes,
                           CASE WHEN t = ? THEN 'VOLUNTEER_HOURS' WHEN t = ? THEN 'STUDY_SESSION'
                                WHEN t = ? THEN 'PROBLEM_REPORT' ELSE p ->> 'reversedType' END AS kind
                      FROM events
                     WHERE p ->> 'occurredOn' >= ? AND p ->> 'occurredOn' < ?)
                SELECT station_id, card_id,
                       sum(points) FILTER (WHERE kind = 'VOLUNTEER_HOURS') AS volunteer_points,
                       sum(points) FILTER (WHERE kind = 'STUDY_SESSION') AS study_points,
                       sum(minutes) FILTER (WHERE kind = 'VOLUNTEER_HOURS') AS volunteer_minutes,
                       sum(minutes) FILTER (WHERE kind = 'STUDY_SESSION') AS study_minutes,
                       sum(points) FILTER (WHERE kind = 'PROBLEM_REPORT') AS governance_points
                  FROM dated WHERE kind IN ('VOLUNTEER_HOURS', 'STUDY_SESSION', 'PROBLEM_REPORT')
                 GROUP BY station_id, card_id""",
                topN,
                new String[] {VOLUNTEER, STUDY, REVERSED, GOVERNANCE},
                VOLUNTEER,
                STUDY,
                GOVERNANCE,
                period.atDay(1).toString(),
                period.plusMonths(1).atDay(1).toString());
    }

    /** Ranks rows of (station, card, points and minutes of both kinds) given by {@code rowsSql}. */
    private List<RankedCard> ranked(String rowsSql, int topN, Object... rowsArgs) {
        String sql = """
                WITH source AS (%s),
                rows AS (
                    SELECT station_id, card_id, coalesce(volunteer_points, 0) AS volunteer_points,
                           coalesce(study_points, 0) AS study_points,
                           coalesce(volunteer_minutes, 0) AS volunteer_minutes,
                           coalesce(study_minutes, 0) AS study_minutes,
                           coalesce(governance_points, 0) AS governance_points
                      FROM source),
                totals AS (
                    SELECT * FROM rows
                    UNION ALL
                    SELECT '', card_id, sum(volunteer_points), sum(study_points), sum(volunteer_minutes),
                           sum(study_minutes), sum(governance_points)
                      FROM rows GROUP BY card_id),
                scored AS (
                    SELECT station_id, card_id, 'volunteer' AS category, volunteer_points AS points,
                           volunteer_minutes, study_minutes FROM totals
                    UNION ALL
                    SELECT station_id, card_id, 'study', study_points, volunteer_minutes, study_minutes FROM totals
                    UNION ALL
                    SELECT station_id, card_id, 'governance', governance_points, volunteer_minutes, study_minutes
                      FROM totals
                    UNION ALL
                    SELECT station_id, card_id, 'all', volunteer_points + study_points + governance_points,
                           volunteer_minutes, study_minutes FROM totals),
                ranked AS (
                    SELECT *, rank() OVER (PARTITION BY station_id, category ORDER BY points DESC) AS rank
                      FROM scored WHERE points > 0)
                SELECT * FROM ranked WHERE rank <= ?
                 ORDER BY station_id, category, rank, card_id""".formatted(rowsSql);
        return jdbc.query(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql);
                    int i = 1;
                    for (Object arg : rowsArgs) {
                        if (arg instanceof String[] array) {
                            ps.setArray(i++, connection.createArrayOf("varchar", array));
                        } else {
                            ps.setObject(i++, arg);
                        }
                    }
                    ps.setInt(i, topN);
                    return ps;
                },
                RANKED_CARD);
    }

    /** The published standings of a closed month, as recorded. */
    public List<RankedCard> published(YearMonth period) {
        return jdbc.query("""
                SELECT * FROM ranking_published WHERE period = ?
                 ORDER BY station_id, category, rank, card_id""", RANKED_CARD, period.toString());
    }

    /** The card's entries dated in the month that count in the category (at one station, or anywhere). */
    public List<ExplainedEntry> entries(YearMonth period, String cardId, String stationId, RankingCategory category) {
        List<Object> args = new ArrayList<>(List.of(
                cardId,
                Date.valueOf(period.atDay(1)),
                Date.valueOf(period.plusMonths(1).atDay(1))));
        if (stationId != null) {
            args.add(stationId);
        }
        return jdbc.query(
                connection -> {
                    PreparedStatement ps =
                            connection.prepareStatement("""
                    SELECT s.entry_id, s.type, s.station_id, s.occurred_on, s.minutes, s.points, s.reverses,
                           s.recorded_at
                      FROM statement_entry s LEFT JOIN statement_entry o ON o.entry_id = s.reverses
                     WHERE s.card_id = ? AND s.occurred_on >= ? AND s.occurred_on < ? %s
                       AND coalesce(o.type, s.type) = ANY (?)
                     ORDER BY s.card_sequence""".formatted(stationId == null ? "" : "AND s.station_id = ?"));
                    int i = 1;
                    for (Object arg : args) {
                        ps.setObject(i++, arg);
                    }
                    ps.setArray(i, connection.createArrayOf("varchar", category.entryTypes()));
                    return ps;
                },
                (rs, n) -> new ExplainedEntry(
                        rs.getString("entry_id"),
                        rs.getString("type"),
                        rs.getString("station_id"),
                        rs.getDate("occurred_on").toLocalDate(),
                        rs.getInt("minutes"),
                        rs.getLong("points"),
                        rs.getString("reverses"),
                        rs.getTimestamp("recorded_at").toInstant()));
    }
}
