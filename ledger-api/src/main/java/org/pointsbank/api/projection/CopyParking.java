package org.pointsbank.api.projection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.pointsbank.projections.support.Parking;

/**
 * Where a copy's events go when their writes or their handler fail: kept here, not in the read model's dead-letter
 * queue, which belongs to the live read model while the copy is built (a parked card there would park the live
 * card's later events too). At the swap the queue is emptied and these are parked in it, as a reset and replay did.
 * Like Axon's invoker, a sequence (card) parked here takes the copy's later events of that sequence with it.
 */
final class CopyParking implements Parking {

    record Parked(List<EventMessage<?>> events, Throwable cause) {}

    private final Parking live;
    private final List<Parked> parked = new ArrayList<>();
    private final Set<Object> sequences = new HashSet<>();
    private final List<List<Object>> sequencesParked = new ArrayList<>();

    CopyParking(Parking live) {
        this.live = live;
    }

    @Override
    public Object sequenceOf(String processingGroup, EventMessage<?> event) {
        return live.sequenceOf(processingGroup, event);
    }

    @Override
    public synchronized void park(String processingGroup, List<EventMessage<?>> events, Throwable cause) {
        parked.add(new Parked(List.copyOf(events), cause));
        List<Object> parkedNow = new ArrayList<>();
        events.forEach(e -> parkedNow.add(sequenceOf(processingGroup, e)));
        sequencesParked.add(parkedNow);
        sequences.addAll(parkedNow);
    }

    /** How many times it parked: {@link #forgetAfter(int)} undoes what a rolled-back transaction parked. */
    synchronized int parkings() {
        return parked.size();
    }

    /** Forgets what was parked after the first {@code parkings}, as if never parked. */
    synchronized void forgetAfter(int parkings) {
        while (parked.size() > parkings) {
            parked.remove(parked.size() - 1);
            sequencesParked.remove(sequencesParked.size() - 1);
        }
        sequences.clear();
        sequencesParked.forEach(sequences::addAll);
    }

    synchronized boolean isParked(String processingGroup, EventMessage<?> event) {
        return sequences.contains(sequenceOf(processingGroup, event));
    }

    /** Parks what the copy parked in the live read model's queue, in the order it was parked. */
    synchronized void parkIn(Parking queue, String processingGroup) {
        parked.forEach(p -> queue.park(processingGroup, p.events(), p.cause()));
    }

    synchronized int size() {
        return parked.stream().mapToInt(p -> p.events().size()).sum();
    }
}
