package org.pointsbank.api.deadletter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.pointsbank.api.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The parked events of every read model: listed, counted, retried through Axon's dead-letter processor. */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    public DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** Oldest first per processor; {@code position} is the event's global index in the log. */
    public List<DeadLetterResponse> all() {
        return jdbc.query(
                """
                SELECT d.processing_group, d.dead_letter_id, d.sequence_identifier, d.sequence_index, e.global_index,
                       d.payload_type, d.cause_type, d.cause_message, d.enqueued_at, d.last_touched, d.diagnostics
                  FROM dead_letter_entry d LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier
                 ORDER BY d.processing_group, d.enqueued_at, d.sequence_identifier, d.sequence_index""",
                (rs, n) -> new DeadLetterResponse(
                        rs.getString("processing_group"),
                        rs.getString("dead_letter_id"),
                        rs.getString("sequence_identifier"),
                        rs.getLong("sequence_index"),
                        (Long) rs.getObject("global_index"),
                        simpleName(rs.getString("payload_type")),
                        cause(rs.getString("cause_type"), rs.getString("cause_message")),
                        instant(rs.getString("enqueued_at")),
                        instant(rs.getString("last_touched")),
                        attempts(rs.getBytes("diagnostics"))));
    }

    /** Parked events per processor with a dead-letter queue (0 when none is parked). */
    public Map<String, Long> parked() {
        Map<String, Long> counts =
                jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group", rs -> {
                    Map<String, Long> byGroup = new HashMap<>();
                    while (rs.next()) {
                        byGroup.put(rs.getString(1), rs.getLong(2));
                    }
                    return byGroup;
                });
        return DeadLetterConfig.READ_MODELS.stream().collect(Collectors.toMap(g -> g, g -> counts.getOrDefault(g, 0L)));
    }

    public boolean hasQueue(String processor) {
        return DeadLetterConfig.READ_MODELS.contains(processor);
    }

    /**
     * Retries every parked sequence of {@code processor} once, oldest first: a sequence's letters are handled in
     * order until one fails again, which stays parked with the rest of its sequence behind it.
     */
    public DeadLetterRetry retry(String processor) {
        if (!hasQueue(processor)) {
            throw new ApiException(
                    HttpStatus.NOT_FOUND,
                    "DEAD_LETTER_PROCESSOR_NOT_FOUND",
                    "no read model with a dead-letter queue is called " + processor);
        }
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing
                .sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new IllegalStateException("no dead-letter processor for " + processor));
        long before = count(processor);
        Long sequences = jdbc.queryForObject(
                "SELECT count(DISTINCT sequence_identifier) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class,
                processor);
        // a sequence that fails again is touched and goes to the back: one pass visits each sequence once
        for (long i = 0; i < (sequences == null ? 0 : sequences); i++) {
            try {
                letters.processAny();
            } catch (RuntimeException e) {
                log.warn("{}: retrying a parked sequence failed: {}", processor, e.toString());
            }
        }
        return new DeadLetterRetry(processor, before, count(processor));
    }

    private long count(String processor) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?", Long.class, processor);
        return count == null ? 0 : count;
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String cause(String type, String message) {
        if (type == null) {
            return null;
        }
        return message == null ? type : type + ": " + message;
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }

    private static long attempts(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            return JSON.readTree(diagnostics).path(ParkingPolicy.ATTEMPTS).asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
