package org.pointsbank.projections.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events to {@code domain_event_entry} as Axon's JDBC engine stores them with the service's Jackson
 * serializer: JSON payload and metadata, dates as ISO text, the payload's class name as its type. The read
 * models that read the log itself (audit trail, rankings of a month, reconciliation) need the rows there.
 */
public final class EventLog {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JdbcTemplate jdbc;

    EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends {@code event} and answers its global index. */
    public long append(DomainEventMessage<?> event) {
        return jdbc.queryForObject(
                """
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?) RETURNING global_index""",
                Long.class,
                event.getIdentifier(),
                json(event.getMetaData()),
                json(event.getPayload()),
                event.getPayloadType().getName(),
                event.getTimestamp().toString(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getType());
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable: " + value, e);
        }
    }
}
