package org.pointsbank.projections.ranking;

import java.time.YearMonth;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.period.api.RankingPublished;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.ranking.RankingBatch.Points;
import org.pointsbank.projections.ranking.RankingBatch.Published;
import org.pointsbank.projections.support.BatchWrites;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains the rankings: every credit (a verified problem report's reward as governance points) adds its points and minutes to the month of its {@code occurredOn}, at
 * the station where it was earned; a reversal takes them away from the same month and station. Nothing else
 * (closing a card, gifts, bonus points) moves a ranking. A processor batch is summed per row and written at
 * once when it commits with its token ({@link RankingBatch}); published standings are copied as recorded.
 * A card whose writes fail is parked, not the batch ({@link ProjectionWrites}).
 */
@Component
@ProcessingGroup(RankingProjection.NAME)
public class RankingProjection {

    public static final String NAME = "ranking";

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final ProjectionWrites writes;

    public RankingProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.longStatements = longStatements;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(VolunteerHoursCredited e) {
        batch().add(new Points(period(e.occurredOn()), e.stationId(), e.cardId(), e.points(), 0, 0, e.minutes(), 0));
    }

    @EventHandler
    void on(StudySessionCredited e) {
        batch().add(new Points(period(e.occurredOn()), e.stationId(), e.cardId(), 0, e.points(), 0, 0, e.minutes()));
    }

    /** A verified problem report's reward: governance points, no minutes. */
    @EventHandler
    void on(ProblemReportCredited e) {
        batch().add(new Points(period(e.occurredOn()), e.stationId(), e.cardId(), 0, 0, e.points(), 0, 0));
    }

    @EventHandler
    void on(EntryReversed e) {
        if (e.reversedType() == EntryType.VOLUNTEER_HOURS) {
            batch().add(new Points(
                    period(e.occurredOn()), e.stationId(), e.cardId(), e.points(), 0, 0, e.minutes(), 0));
        } else if (e.reversedType() == EntryType.STUDY_SESSION) {
            batch().add(new Points(
                    period(e.occurredOn()), e.stationId(), e.cardId(), 0, e.points(), 0, 0, e.minutes()));
        } else if (e.reversedType() == EntryType.PROBLEM_REPORT) {
            batch().add(new Points(period(e.occurredOn()), e.stationId(), e.cardId(), 0, 0, e.points(), 0, 0));
        }
    }

    @EventHandler
    void on(RankingPublished e) {
        e.standings().forEach(line -> batch().add(new Published(e.period(), line)));
    }

    private static String period(java.time.LocalDate day) {
        return YearMonth.from(day).toString();
    }

    private BatchWrites<RankingBatch.Write> batch() {
        return writes.batch(NAME, RankingBatch.WRITER);
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM ranking_total");
        jdbc.update("DELETE FROM ranking_published");
    }
}
