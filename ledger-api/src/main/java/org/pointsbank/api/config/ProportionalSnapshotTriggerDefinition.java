package org.pointsbank.api.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.pointsbank.core.card.api.MonthsSettled;

/**
 * Snapshots an aggregate after {@code threshold} events, and a long-lived one only after a further
 * {@code 1/divisor} of its history. A card remembers every entry (reversals need them), so its snapshot
 * grows with its history; a fixed interval would make a card with 100,000 events write a snapshot of all
 * of them every 100 credits. Growing the interval with the history keeps the snapshot work per event
 * constant, and a load from scratch reads one snapshot and at most a quarter of the history after it.
 *
 * <p>A card that settles closed months ({@link MonthsSettled}) is snapshotted at once: settling shrinks it
 * (often to a fraction), and the snapshot before it still holds every entry whole, which every later load would
 * read and replay until the next snapshot, a quarter of the history away. The same holds when the settlement is
 * replayed while loading (a snapshot taken before it): the load is followed by a snapshot.
 */
final class ProportionalSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int threshold;
    private final int divisor;

    ProportionalSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold, int divisor) {
        if (threshold < 1 || divisor < 1) {
            throw new IllegalArgumentException("threshold and divisor must be positive");
        }
        this.snapshotter = snapshotter;
        this.threshold = threshold;
        this.divisor = divisor;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold, divisor);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger own) {
            own.setSnapshotter(snapshotter);
            return own;
        }
        return prepareTrigger(aggregateType);
    }

    static final class Trigger extends AbstractSnapshotTrigger {

        private final int threshold;
        private final int divisor;
        private int counter;
        private long sequence;
        private boolean settled;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold, int divisor) {
            super(snapshotter, aggregateType);
            this.threshold = threshold;
            this.divisor = divisor;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            if (message instanceof DomainEventMessage<?> domain) {
                sequence = domain.getSequenceNumber();
                settled |= domain.getPayload() instanceof MonthsSettled;
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            counter++;
            return settled || counter >= Math.max(threshold, sequence / divisor);
        }

        @Override
        protected void reset() {
            counter = 0;
            settled = false;
        }
    }
}
