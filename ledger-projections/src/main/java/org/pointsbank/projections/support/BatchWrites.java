package org.pointsbank.projections.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * One projection's writes for one processor batch, each remembering the event that queued it. They are
 * written together just before the batch commits, inside a savepoint ({@link ProjectionWrites#flush}); if
 * that fails on something an event holds, the batch is split by sequence (card) until the failing
 * sequence is found: its events of this batch are parked, every other card's writes are kept.
 */
public final class BatchWrites<T> {

    record Queued<T>(EventMessage<?> event, T write) {}

    private final String processingGroup;
    private final BatchWriter<T> writer;
    private final List<Queued<T>> queued = new ArrayList<>();
    private boolean registered;

    BatchWrites(String processingGroup, BatchWriter<T> writer) {
        this.processingGroup = processingGroup;
        this.writer = writer;
    }

    /** Queues {@code write} for the event being handled. */
    public void add(T write) {
        queued.add(new Queued<>((EventMessage<?>) CurrentUnitOfWork.get().getMessage(), write));
    }

    /** Forgets what {@code event} queued: its handler failed, it is parked by Axon, its rows must not be written. */
    void discard(EventMessage<?> event) {
        queued.removeIf(q -> q.event().getIdentifier().equals(event.getIdentifier()));
    }

    /** True the first time only: the batch is then listed with the unit of work's others. */
    boolean register() {
        boolean first = !registered;
        registered = true;
        return first;
    }

    String processingGroup() {
        return processingGroup;
    }

    BatchWriter<T> writer() {
        return writer;
    }

    List<Queued<T>> queued() {
        return queued;
    }

    /** The queued writes by sequence, each sequence in the order first seen, its writes in queue order. */
    List<List<Queued<T>>> bySequence(Parking parking) {
        Map<Object, List<Queued<T>>> groups = new LinkedHashMap<>();
        for (Queued<T> q : queued) {
            groups.computeIfAbsent(parking.sequenceOf(processingGroup, q.event()), s -> new ArrayList<>())
                    .add(q);
        }
        return new ArrayList<>(groups.values());
    }

    void clear() {
        queued.clear();
    }
}
