package org.pointsbank.projections.audit;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.projections.support.BatchedJdbc;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Maintains {@code audit_entry}: every event of the log at its global position, with who
 * caused it (actor), in reply to which request (correlation id, idempotency key), where
 * (station) and what it did (card, entry, points, policy; the activity, problem report, category and grid cell it
 * is about: a report's later events take its card, station, category and cell from its submission in the log).
 * Keyed by position: idempotent.
 * A processor batch's rows go out as one JDBC batch ({@link BatchedJdbc}).
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
public class AuditTrailProjection {

    public static final String NAME = "audit_entry";

    /** A report's first event: the card, station, category and cell its later events are about. */
    private static final String SUBMITTED = ReportSubmitted.class.getName();

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final ProjectionWrites writes;

    public AuditTrailProjection(JdbcTemplate jdbc, ProjectionWrites writes, LongStatements longStatements) {
        this.longStatements = longStatements;
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /**
     * The row's position is the event's own global index, read from the log by its identifier: the processor's
     * token is no substitute. An event whose transaction committed after a later one had been read arrives
     * late, filling a gap, and the token's position is then the later event's index; taking it put the late
     * event on another event's row, where it was dropped as a duplicate (the rebuild test under concurrent
     * credits showed rows missing from the live trail).
     */
    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "";
        EventFacts facts = EventFacts.of(payload);
        ReportNames names = ReportEventFacts.names(payload);
        MetaData meta = message.getMetaData();
        BatchedJdbc.of(writes, NAME)
                .add(
                        """
                INSERT INTO audit_entry (global_index, event_identifier, event_type, aggregate_identifier, card_id,
                                         station_id, entry_id, actor, recorded_at, idempotency_key, correlation_id,
                                         points, policy_version, activity_id, report_id, category_code,
                                         grid_cell_id)
                SELECT e.global_index, e.event_identifier, ?, ?, coalesce(?, s.p ->> 'cardId'),
                       coalesce(?, s.p ->> 'stationId'), ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       coalesce(?, s.p ->> 'categoryCode'), coalesce(?, s.p ->> 'gridCellId')
                  FROM domain_event_entry e
                  LEFT JOIN LATERAL (
                      SELECT payload_json(f.payload) AS p FROM domain_event_entry f
                       WHERE f.aggregate_identifier = ? AND f.sequence_number = 0 AND f.payload_type = ?) s ON TRUE
                 WHERE e.event_identifier = ?
                ON CONFLICT (global_index) DO NOTHING""",
                        message.getPayloadType().getSimpleName(),
                        aggregate,
                        facts.cardId(),
                        facts.stationId(),
                        facts.entryId(),
                        text(meta, "actor"),
                        Timestamp.from(message.getTimestamp()),
                        text(meta, "idempotencyKey"),
                        text(meta, "correlationId"),
                        facts.points(),
                        facts.policyVersion(),
                        ActivityEventFacts.activityId(payload),
                        names.reportId(),
                        names.categoryCode(),
                        names.gridCellId(),
                        names.reportId(),
                        SUBMITTED,
                        message.getIdentifier());
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    /** A rebuild empties the table in one statement: past the role's statement limit on a large one. */
    @ResetHandler
    void reset() {
        longStatements.allowInThisTransaction();
        jdbc.update("DELETE FROM audit_entry");
    }
}
