package org.pointsbank.api.config;

import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * The running application's aggregates as its repositories load them, and the serializer its storage engine
 * writes snapshots with: what a snapshot test must use to say anything about the service's snapshots.
 */
final class StoredAggregates {

    private final org.axonframework.config.Configuration axon;
    private final EventStorageEngine storage;
    private final AggregateCache cache;

    StoredAggregates(org.axonframework.config.Configuration axon, EventStorageEngine storage, AggregateCache cache) {
        this.axon = axon;
        this.storage = storage;
        this.cache = cache;
    }

    /** The serializer snapshots are written and read with. */
    Serializer snapshotSerializer() {
        return ((AbstractEventStorageEngine) storage).getSnapshotSerializer();
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

    void evict(Class<?> type, String id) {
        cache.of(type).remove(id);
    }
}
