package org.pointsbank.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running application's aggregates as its repositories load them, and the serializer its storage engine
 * writes snapshots with: what a snapshot test must use to say anything about the service's snapshots. A test
 * makes one from the shared context ({@code @BeforeEach void x(ApplicationContext context)}: JUnit's Spring
 * extension passes it), so no test repeats the beans it is made of.
 */
final class StoredAggregates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final org.axonframework.config.Configuration axon;
    private final EventStorageEngine storage;
    private final AggregateCache cache;
    private final JdbcTemplate jdbc;

    StoredAggregates(ApplicationContext context) {
        this.axon = context.getBean(org.axonframework.config.Configuration.class);
        this.storage = context.getBean(EventStorageEngine.class);
        this.cache = context.getBean(AggregateCache.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** The serializer snapshots are written and read with. */
    Serializer snapshotSerializer() {
        return ((AbstractEventStorageEngine) storage).getSnapshotSerializer();
    }

    /** The aggregate's state as a snapshot of it stores it, as a JSON object to read or reshape. */
    ObjectNode stateOf(Object aggregate) {
        try {
            return (ObjectNode) JSON.readTree(
                    snapshotSerializer().serialize(aggregate, String.class).getData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the aggregate as a command would find it (from the cache if it is there). */
    <A> A load(Class<A> type, String id) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            A root = axon.repository(type).load(id).invoke(Function.identity());
            unitOfWork.commit();
            return root;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    /** Loads the aggregate from the event store: its snapshot, if one is allowed, and the events after it. */
    <A> A loadFromStore(Class<A> type, String id) {
        evict(type, id);
        return load(type, id);
    }

    /**
     * Replaces the aggregate's snapshot with {@code state} labelled {@code revision}, taken at its last event,
     * and evicts it, so that the next load starts from this snapshot if the revision filter lets it. The row's
     * {@code type} is the one the aggregate's own events carry, as the storage engine writes it.
     */
    void storeSnapshot(Class<?> type, String id, ObjectNode state, String revision) {
        long lastSequence = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id);
        String aggregateType = jdbc.queryForObject(
                "SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? LIMIT 1", String.class, id);
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", id);
        jdbc.update(
                "INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                lastSequence,
                aggregateType,
                UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                payload,
                revision,
                type.getName(),
                Instant.now().toString());
        evict(type, id);
    }

    /** Deletes the aggregate's snapshots and evicts it: its next load replays its events. */
    void forgetSnapshots(Class<?> type, String id) {
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", id);
        evict(type, id);
    }

    void evict(Class<?> type, String id) {
        cache.of(type).remove(id);
    }
}
