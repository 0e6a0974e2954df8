package org.pointsbank.projections.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global index of events a processor delivers, read from the log. A tracking token's index is the highest
 * position the processor has seen, which for an event that fills a gap (committed late, behind a later one) is not
 * the event's own position; a handover has to decide on the event's own one. Looked up in one query for a batch's
 * events and kept for the rest of its unit of work.
 */
final class EventPositions {

    private static final String KNOWN = EventPositions.class.getName() + ".known";

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the positions of those of {@code events} not yet known in this unit of work, in one query. */
    void resolve(Collection<? extends EventMessage<?>> events) {
        resolve(known(), events);
    }

    /** {@code event}'s global index. */
    long positionOf(EventMessage<?> event) {
        Map<String, Long> known = known();
        resolve(known, List.of(event));
        Long position = known.get(event.getIdentifier());
        if (position == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " is not in the log");
        }
        return position;
    }

    private void resolve(Map<String, Long> known, Collection<? extends EventMessage<?>> events) {
        String[] missing = events.stream()
                .map(EventMessage::getIdentifier)
                .filter(id -> !known.containsKey(id))
                .distinct()
                .toArray(String[]::new);
        if (missing.length == 0) {
            return;
        }
        jdbc.query(
                "SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier = ANY (?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar", missing)),
                row -> {
                    known.put(row.getString(1), row.getLong(2));
                });
    }

    private static Map<String, Long> known() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN, k -> new HashMap<>());
    }
}
