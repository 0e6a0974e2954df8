package org.pointsbank.projections.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seals each event inside the transaction that records it (a subscribing processor): reads the row back once (its
 * global index is assigned by the insert) and appends its {@link EventSeal} to {@code event_seal}. No lock is
 * taken: seals of concurrent transactions are independent of each other. The hash chain is extended behind the
 * log by {@link EventChainProjection}, which checks each seal before it links the event.
 * Never reset: the seals are evidence, not a read model.
 */
@Component
@ProcessingGroup(EventSealProjection.NAME)
public class EventSealProjection {

    public static final String NAME = "event_seal";

    private final JdbcTemplate jdbc;
    private final EventSeal seal;

    public EventSealProjection(JdbcTemplate jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        StoredEvent event = jdbc.queryForObject(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ?",
                StoredEvent.ROW,
                message.getIdentifier());
        jdbc.update(
                "INSERT INTO event_seal (global_index, event_identifier, seal) VALUES (?, ?, ?)",
                event.globalIndex(),
                event.eventIdentifier(),
                seal.of(event));
    }
}
