package org.pointsbank.projections.activity;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.AttendeeCredited;
import org.pointsbank.core.activity.api.AttendeeRefused;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.core.activity.api.SignedUp;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code activity} and {@code activity_roster} (V12): a streaming read model, rebuilt by replay. Every
 * write is an upsert of the columns one kind of event owns, so the statements of a processor batch
 * ({@link BatchedJdbc}, grouped by statement) give the same rows in any order, and an event handled twice
 * changes nothing.
 */
@Component
@ProcessingGroup(ActivityProjection.NAME)
public class ActivityProjection {

    public static final String NAME = "activity";

    private static final String LINE = "INSERT INTO activity_roster (activity_id, card_id%s) VALUES (?, ?%s)"
            + " ON CONFLICT (activity_id, card_id) DO %s";

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final LongStatements longStatements;

    public ActivityProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.longStatements = longStatements;
    }

    @EventHandler
    void on(ActivityPlanned e) {
        batch().add(
                        """
                INSERT INTO activity (activity_id, station_id, kind, title, activity_date, start_time, end_time,
                                      planned_minutes, capacity, self_check_in, planned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (activity_id) DO UPDATE SET station_id = EXCLUDED.station_id, kind = EXCLUDED.kind,
                    title = EXCLUDED.title, activity_date = EXCLUDED.activity_date, start_time = EXCLUDED.start_time,
                    end_time = EXCLUDED.end_time, planned_minutes = EXCLUDED.planned_minutes,
                    capacity = EXCLUDED.capacity, self_check_in = EXCLUDED.self_check_in,
                    planned_at = EXCLUDED.planned_at""",
                        e.activityId(),
                        e.stationId(),
                        e.kind().name(),
                        e.title(),
                        Date.valueOf(e.date()),
                        Time.valueOf(e.startTime()),
                        Time.valueOf(e.endTime()),
                        e.plannedMinutes(),
                        e.capacity(),
                        e.selfCheckIn(),
                        timestamp(e.recordedAt()));
    }

    @EventHandler
    void on(RosterChanged e) {
        e.added().forEach(card -> onRoster(e.activityId(), card));
    }

    @EventHandler
    void on(SignedUp e) {
        onRoster(e.activityId(), e.cardId());
    }

    @EventHandler
    void on(CheckedIn e) {
        batch().add(
                        LINE.formatted(", checked_in_at", ", ?", "UPDATE SET checked_in_at = EXCLUDED.checked_in_at"),
                        e.activityId(),
                        e.cardId(),
                        timestamp(e.at()));
    }

    @EventHandler
    void on(CheckedOut e) {
        batch().add(
                        LINE.formatted(
                                ", checked_out_at, scanned_minutes",
                                ", ?, ?",
                                "UPDATE SET checked_out_at = EXCLUDED.checked_out_at,"
                                        + " scanned_minutes = EXCLUDED.scanned_minutes"),
                        e.activityId(),
                        e.cardId(),
                        timestamp(e.at()),
                        e.minutes());
    }

    @EventHandler
    void on(AttendanceRecorded e) {
        for (AttendanceEntry entry : e.entries()) {
            batch().add(
                            LINE.formatted(
                                    ", paper_minutes", ", ?", "UPDATE SET paper_minutes = EXCLUDED.paper_minutes"),
                            e.activityId(),
                            entry.cardId(),
                            entry.minutes());
        }
    }

    @EventHandler
    void on(ActivityClosed e) {
        batch().add(
                        "INSERT INTO activity (activity_id, closed_at) VALUES (?, ?)"
                                + " ON CONFLICT (activity_id) DO UPDATE SET closed_at = EXCLUDED.closed_at",
                        e.activityId(),
                        timestamp(e.closedAt()));
        for (Attendee attendee : e.attendees()) {
            batch().add(
                            LINE.formatted(
                                    ", final_minutes, entry_id",
                                    ", ?, ?",
                                    "UPDATE SET final_minutes = EXCLUDED.final_minutes, entry_id = EXCLUDED.entry_id"),
                            e.activityId(),
                            attendee.cardId(),
                            attendee.minutes(),
                            attendee.entryId());
        }
        for (String card : e.noShows()) {
            outcome(e.activityId(), card, "NO_SHOW", null, null);
        }
    }

    @EventHandler
    void on(AttendeeCredited e) {
        outcome(e.activityId(), e.cardId(), "CREDITED", e.points(), null);
    }

    @EventHandler
    void on(AttendeeRefused e) {
        outcome(e.activityId(), e.cardId(), "REFUSED", null, e.refusalCode());
    }

    @EventHandler
    void on(ActivityCancelled e) {
        batch().add("""
                INSERT INTO activity (activity_id, cancelled_at, cancel_reason) VALUES (?, ?, ?)
                ON CONFLICT (activity_id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at,
                    cancel_reason = EXCLUDED.cancel_reason""", e.activityId(), timestamp(e.recordedAt()), e.reason());
    }

    private void onRoster(String activityId, String cardId) {
        batch().add(LINE.formatted("", "", "NOTHING"), activityId, cardId);
    }

    private void outcome(String activityId, String cardId, String outcome, Long points, String refusal) {
        batch().add(
                        LINE.formatted(
                                ", outcome, points, refusal",
                                ", ?, ?, ?",
                                "UPDATE SET outcome = EXCLUDED.outcome, points = EXCLUDED.points,"
                                        + " refusal = EXCLUDED.refusal"),
                        activityId,
                        cardId,
                        outcome,
                        points,
                        refusal);
    }

    private BatchedJdbc batch() {
        return BatchedJdbc.of(writes, NAME);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM activity_roster");
        jdbc.update("DELETE FROM activity");
    }
}
