package org.pointsbank.projections.report;

import static org.pointsbank.projections.report.ReportRowWrites.cols;
import static org.pointsbank.projections.report.ReportRowWrites.ts;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.report.api.PhotoErased;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.RewardRefused;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code problem_report}, {@code report_timeline}, {@code report_photo_ref} and {@code report_reward}
 * (V15): a streaming read model, rebuilt by replay. Every event of a report sets the columns it owns and adds its
 * line to the timeline; the card's credit of the reward ({@link ProblemReportCredited}, naming the report) and a
 * reversal of that entry (naming only the entry) each upsert their own columns of the reward's row, keyed by the
 * entry, so neither depends on the other having run first (a batch groups its statements by SQL text). See
 * {@link ReportRowWrites} for why any batch order and any event handled twice give the same rows.
 */
@Component
@ProcessingGroup(ProblemReportProjection.NAME)
public class ProblemReportProjection {

    public static final String NAME = "problem_report";

    private static final String PHOTO = "INSERT INTO report_photo_ref (photo_id, report_id, %s) VALUES (?, ?, %s)"
            + " ON CONFLICT (photo_id) DO UPDATE SET %s";
    private static final String REWARD =
            "INSERT INTO report_reward (entry_id, %s) VALUES (?, %s) ON CONFLICT (entry_id) DO UPDATE SET %s";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final LongStatements longStatements;

    public ProblemReportProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(ReportSubmitted e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(
                e.reportId(),
                cols(
                        "card_id",
                        "category_code",
                        "grid_cell_id",
                        "station_id",
                        "description",
                        "lat",
                        "lon",
                        "address",
                        "submitted_by",
                        "submitted_at"),
                e.cardId(),
                e.categoryCode(),
                e.gridCellId(),
                e.stationId(),
                e.description(),
                e.location() == null ? null : e.location().lat(),
                e.location() == null ? null : e.location().lon(),
                e.address(),
                e.by(),
                ts(e.at()));
        step(w, m, e.reportId(), seq, "SUBMITTED", ReportStatus.SUBMITTED, e.at(), e.by(), e.description());
    }

    @EventHandler
    void on(ReportAccepted e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(e.reportId(), cols("accepted_points", "accepted_at"), e.points(), ts(e.at()));
        step(w, m, e.reportId(), seq, "ACCEPTED", ReportStatus.ACCEPTED, e.at(), e.by(), e.note());
    }

    @EventHandler
    void on(ReportRejected e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(e.reportId(), cols("closed_at"), ts(e.at()));
        step(w, m, e.reportId(), seq, "REJECTED", ReportStatus.REJECTED, e.at(), e.by(), e.reason());
    }

    @EventHandler
    void on(ReportMarkedDuplicate e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(e.reportId(), cols("duplicate_of", "closed_at"), e.ofReportId(), ts(e.at()));
        step(w, m, e.reportId(), seq, "MARKED_DUPLICATE", ReportStatus.DUPLICATE, e.at(), e.by(), e.note());
    }

    /** The original learns of a duplicate: a line on its timeline, its status unchanged. */
    @EventHandler
    void on(DuplicateLinked e, EventMessage<?> m) {
        ReportRowWrites w = writes();
        step(w, m, e.reportId(), -1, "DUPLICATE_LINKED", null, e.at(), e.by(), e.duplicateReportId());
    }

    @EventHandler
    void on(ReportDispatched e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(e.reportId(), cols("assignee", "due_by", "dispatched_at"), e.assignee(), ts(e.dueBy()), ts(e.at()));
        step(w, m, e.reportId(), seq, "DISPATCHED", ReportStatus.DISPATCHED, e.at(), e.by(), e.assignee());
    }

    @EventHandler
    void on(ReportResolved e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(
                e.reportId(),
                cols("outcome", "feedback", "resolved_by", "resolved_at"),
                e.outcome().name(),
                e.feedback(),
                e.by(),
                ts(e.at()));
        step(w, m, e.reportId(), seq, "RESOLVED", ReportStatus.RESOLVED, e.at(), e.by(), e.feedback());
    }

    /** NOT_FIXED: back to ACCEPTED; the resolution's columns stay until the next one. */
    @EventHandler
    void on(ReportReopened e, @SequenceNumber long seq, EventMessage<?> m) {
        step(writes(), m, e.reportId(), seq, "REOPENED", ReportStatus.ACCEPTED, e.at(), e.by(), e.note());
    }

    @EventHandler
    void on(ReportVerified e, @SequenceNumber long seq, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.columns(
                e.reportId(),
                cols("verified_by", "verified_at", "points_due", "closed_at"),
                e.by(),
                ts(e.at()),
                e.points(),
                ts(e.at()));
        step(w, m, e.reportId(), seq, "VERIFIED", ReportStatus.VERIFIED, e.at(), e.by(), e.note());
    }

    @EventHandler
    void on(RewardRefused e, EventMessage<?> m, @MetaDataValue("actor") String actor) {
        ReportRowWrites w = writes();
        w.columns(e.reportId(), cols("reward_refusal_code", "reward_refused_at"), e.code(), ts(e.at()));
        step(w, m, e.reportId(), -1, "REWARD_REFUSED", ReportStatus.VERIFIED, e.at(), actor, e.code());
    }

    /**
     * What the card really credited, in the reward's own row keyed by the entry (a reversal of it may have written
     * that row first, in the same batch); a credit follows only a verification, so the line's status is VERIFIED.
     */
    @EventHandler
    void on(ProblemReportCredited e, EventMessage<?> m, @MetaDataValue("actor") String actor) {
        ReportRowWrites w = writes();
        w.add(
                REWARD.formatted(
                        "report_id, points_credited, credited_at",
                        "?, ?, ?",
                        "report_id = EXCLUDED.report_id, points_credited = EXCLUDED.points_credited,"
                                + " credited_at = EXCLUDED.credited_at"),
                e.entryId(),
                e.reportId(),
                e.points(),
                ts(e.recordedAt()));
        step(w, m, e.reportId(), -1, "REWARD_CREDITED", ReportStatus.VERIFIED, e.recordedAt(), actor, null);
    }

    /**
     * A reversal of a reward names only the entry: it marks the reward's row reversed (creating it if the credit is
     * later in the same batch), and the report's reads and its timeline's line join that row on the report.
     */
    @EventHandler
    void on(EntryReversed e, EventMessage<?> m, @MetaDataValue("actor") String actor) {
        if (e.reversedType() != EntryType.PROBLEM_REPORT) {
            return;
        }
        writes().add("""
                INSERT INTO report_reward (entry_id, reversed, reversed_position, reversed_at, reversed_by, reversal_note)
                SELECT ?, TRUE, e.global_index, ?, ?, ? FROM domain_event_entry e WHERE e.event_identifier = ?
                ON CONFLICT (entry_id) DO UPDATE
                   SET reversed = TRUE, reversed_position = EXCLUDED.reversed_position,
                       reversed_at = EXCLUDED.reversed_at, reversed_by = EXCLUDED.reversed_by,
                       reversal_note = EXCLUDED.reversal_note""", e.reversedEntryId(), ts(e.recordedAt()), actor, e.reason(), m.getIdentifier());
    }

    @EventHandler
    void on(PhotoAttached e, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.add(
                PHOTO.formatted(
                        "sha256, content_type, bytes, attached_by, attached_at",
                        "?, ?, ?, ?, ?",
                        "sha256 = EXCLUDED.sha256, content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes,"
                                + " attached_by = EXCLUDED.attached_by, attached_at = EXCLUDED.attached_at"),
                e.photoId(),
                e.reportId(),
                e.sha256(),
                e.contentType(),
                e.bytes(),
                e.by(),
                ts(e.at()));
        step(w, m, e.reportId(), -1, "PHOTO_ATTACHED", null, e.at(), e.by(), e.photoId());
    }

    @EventHandler
    void on(PhotoErased e, EventMessage<?> m) {
        ReportRowWrites w = writes();
        w.add(
                PHOTO.formatted(
                        "erased_by, erased_at",
                        "?, ?",
                        "erased_by = EXCLUDED.erased_by, erased_at = EXCLUDED.erased_at"),
                e.photoId(),
                e.reportId(),
                e.by(),
                ts(e.at()));
        step(w, m, e.reportId(), -1, "PHOTO_ERASED", null, e.at(), e.by(), e.photoId());
    }

    /** The report's status after the event ({@code null}: unchanged, only its time), and its timeline line. */
    private static void step(
            ReportRowWrites w,
            EventMessage<?> m,
            String reportId,
            long seq,
            String event,
            ReportStatus status,
            Instant at,
            String by,
            String note) {
        boolean changesStatus = status != null && seq >= 0;
        w.status(reportId, changesStatus ? status : null, seq, at);
        w.line(reportId, m.getIdentifier(), event, status, at, by, note);
    }

    private ReportRowWrites writes() {
        return new ReportRowWrites(BatchedJdbc.of(writes, NAME));
    }

    /** A rebuild empties the tables, each in one statement: past the role's statement limit on large ones. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM report_timeline");
        jdbc.update("DELETE FROM report_photo_ref");
        jdbc.update("DELETE FROM report_reward");
        jdbc.update("DELETE FROM problem_report");
    }
}
