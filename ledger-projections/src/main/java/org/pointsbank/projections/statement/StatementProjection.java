package org.pointsbank.projections.statement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.pointsbank.core.card.api.CommendationBonusCredited;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.GiftRedeemed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code statement_entry}: every credit (a problem report's reward too), reversal and gift redemption with the running balance the
 * event recorded. Inserts are keyed by entry id, so an event handled twice changes nothing;
 * a processor batch's writes go out as one JDBC batch ({@link BatchedJdbc}).
 */
@Component
@ProcessingGroup(StatementProjection.NAME)
public class StatementProjection {

    public static final String NAME = "statement_entry";

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final ProjectionWrites writes;

    public StatementProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.longStatements = longStatements;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(VolunteerHoursCredited e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.VOLUNTEER_HOURS,
                e.stationId(),
                e.activity(),
                e.minutes(),
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                e.policyVersion(),
                null,
                e.activityId(),
                null);
    }

    @EventHandler
    void on(StudySessionCredited e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.STUDY_SESSION,
                e.stationId(),
                e.topic(),
                e.minutes(),
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                e.policyVersion(),
                null,
                e.activityId(),
                null);
    }

    @EventHandler
    void on(CommendationBonusCredited e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.COMMENDATION_BONUS,
                e.stationId(),
                "commendation " + e.period() + ", rank " + e.rank(),
                0,
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                e.policyVersion(),
                null);
    }

    /** Points spent on a gift: no policy grants or takes them, so the line has no policy version. */
    @EventHandler
    void on(GiftRedeemed e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.GIFT_REDEMPTION,
                e.stationId(),
                e.quantity() + " x " + e.giftName(),
                0,
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                null,
                null);
    }

    @EventHandler
    void on(EntryReversed e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.REVERSAL,
                e.stationId(),
                e.reason(),
                e.minutes(),
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                e.policyVersion(),
                e.reversedEntryId());
        BatchedJdbc.of(writes, NAME)
                .add("UPDATE statement_entry SET reversed_by = ? WHERE entry_id = ?", e.entryId(), e.reversedEntryId());
    }

    private void insert(
            String entryId,
            String cardId,
            long sequence,
            EntryType type,
            String stationId,
            String description,
            int minutes,
            long points,
            long runningBalance,
            LocalDate occurredOn,
            Instant recordedAt,
            String policyVersion,
            String reverses) {
        insert(
                entryId,
                cardId,
                sequence,
                type,
                stationId,
                description,
                minutes,
                points,
                runningBalance,
                occurredOn,
                recordedAt,
                policyVersion,
                reverses,
                null,
                null);
    }

    /** A verified problem report's reward: the line names the report. */
    @EventHandler
    void on(ProblemReportCredited e, @SequenceNumber long sequence) {
        insert(
                e.entryId(),
                e.cardId(),
                sequence,
                EntryType.PROBLEM_REPORT,
                e.stationId(),
                "problem report: " + e.categoryCode(),
                0,
                e.points(),
                e.balanceAfter(),
                e.occurredOn(),
                e.recordedAt(),
                e.policyVersion(),
                null,
                null,
                e.reportId());
    }

    /**
     * {@code activityId}: the activity whose close sent the credit; {@code reportId}: the report a reward is for;
     * null for any other line.
     */
    private void insert(
            String entryId,
            String cardId,
            long sequence,
            EntryType type,
            String stationId,
            String description,
            int minutes,
            long points,
            long runningBalance,
            LocalDate occurredOn,
            Instant recordedAt,
            String policyVersion,
            String reverses,
            String activityId,
            String reportId) {
        BatchedJdbc.of(writes, NAME)
                .add(
                        """
                INSERT INTO statement_entry (entry_id, card_id, card_sequence, type, station_id, description, minutes,
                                             points, running_balance, occurred_on, recorded_at, policy_version, reverses,
                                             activity_id, report_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (entry_id) DO NOTHING""",
                        entryId,
                        cardId,
                        sequence,
                        type.name(),
                        stationId,
                        description,
                        minutes,
                        points,
                        runningBalance,
                        Date.valueOf(occurredOn),
                        Timestamp.from(recordedAt),
                        policyVersion,
                        reverses,
                        activityId,
                        reportId);
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM statement_entry");
    }
}
