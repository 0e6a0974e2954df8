package org.pointsbank.projections.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends each event's link to {@code event_hash_chain} inside the transaction that records
 * the event (a subscribing processor). A transaction-scoped advisory lock orders the links in
 * commit order, so the chain has exactly one head. A row written to the event table any other
 * way (straight into the database) has no link, and verification finds it.
 * Never reset: the chain is evidence, not a read model.
 */
@Component
@ProcessingGroup(EventChainProjection.NAME)
public class EventChainProjection {

    public static final String NAME = "event_hash_chain";
    /** The advisory lock that orders the links; every recording transaction takes it. */
    public static final long CHAIN_LOCK = 0x706f696e74735fL; // "points_"

    private final JdbcTemplate jdbc;

    public EventChainProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, CHAIN_LOCK);
        StoredEvent event = jdbc.queryForObject(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ?",
                StoredEvent.ROW,
                message.getIdentifier());
        var head = jdbc.query("SELECT chain_seq, link FROM event_hash_chain ORDER BY chain_seq DESC LIMIT 1", (rs, n) ->
                new Object[] {rs.getLong(1), rs.getString(2)});
        long seq = head.isEmpty() ? 1 : (long) head.get(0)[0] + 1;
        String previous = head.isEmpty() ? ChainLink.GENESIS : (String) head.get(0)[1];
        jdbc.update(
                "INSERT INTO event_hash_chain (chain_seq, global_index, event_identifier, link) VALUES (?, ?, ?, ?)",
                seq,
                event.globalIndex(),
                event.eventIdentifier(),
                ChainLink.next(previous, event));
    }
}
