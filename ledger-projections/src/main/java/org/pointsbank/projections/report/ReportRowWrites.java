package org.pointsbank.projections.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.projections.support.BatchedJdbc;

/**
 * The statements {@link ProblemReportProjection} queues, written with the processor batch. A report's columns are
 * upserted by the one kind of event that owns them; its status (written by every step) only over a status an
 * earlier event of the report wrote (its sequence number); the timeline takes the event's own log position, and a
 * line of an event that changes no status carries the status of the line before it.
 */
final class ReportRowWrites {

    private static final String STATUS = """
            INSERT INTO problem_report (report_id, status, status_seq, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (report_id) DO UPDATE
               SET status = CASE WHEN EXCLUDED.status_seq > problem_report.status_seq
                                 THEN EXCLUDED.status ELSE problem_report.status END,
                   status_seq = GREATEST(EXCLUDED.status_seq, problem_report.status_seq),
                   updated_at = GREATEST(EXCLUDED.updated_at, problem_report.updated_at)""";

    private static final String LINE = """
            INSERT INTO report_timeline (report_id, position, event, status, at, by_user, note)
            SELECT ?, e.global_index, ?,
                   coalesce(CAST(? AS VARCHAR), (SELECT t.status FROM report_timeline t
                                                  WHERE t.report_id = ? AND t.position < e.global_index
                                                  ORDER BY t.position DESC LIMIT 1)),
                   ?, ?, ?
              FROM domain_event_entry e WHERE e.event_identifier = ?
            ON CONFLICT (report_id, position) DO NOTHING""";

    private final BatchedJdbc batch;

    ReportRowWrites(BatchedJdbc batch) {
        this.batch = batch;
    }

    /** The report's status after its event number {@code sequence}; {@code null} only touches {@code updated_at}. */
    void status(String reportId, ReportStatus status, long sequence, Instant at) {
        batch.add(STATUS, reportId, status == null ? null : status.name(), status == null ? -1 : sequence, ts(at));
    }

    /**
     * Sets {@code columns} (constants, never input) of the report to {@code values}, creating the row if the
     * report's first events have not been written yet.
     */
    void columns(String reportId, String[] columns, Object... values) {
        batch.add(upsert(columns), prepend(reportId, values));
    }

    /** A line of the timeline for the event {@code eventId}; {@code status} null: the status stays. */
    void line(String reportId, String eventId, String event, ReportStatus status, Instant at, String by, String note) {
        batch.add(LINE, reportId, event, status == null ? null : status.name(), reportId, ts(at), by, note, eventId);
    }

    void add(String sql, Object... values) {
        batch.add(sql, values);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String[] cols(String... columns) {
        return columns;
    }

    private static String upsert(String[] columns) {
        String names = String.join(", ", columns);
        String marks = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        String sets = Arrays.stream(columns).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO problem_report (report_id, status_seq, " + names + ") VALUES (?, -1, " + marks
                + ") ON CONFLICT (report_id) DO UPDATE SET " + sets;
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
