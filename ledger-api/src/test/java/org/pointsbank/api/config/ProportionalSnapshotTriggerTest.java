package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;

class ProportionalSnapshotTriggerTest {

    /** The sequence numbers of the events after which a snapshot was scheduled. */
    private final List<Long> scheduledAt = new ArrayList<>();

    private long current;
    private final Snapshotter snapshotter = (type, id) -> scheduledAt.add(current);

    private void handle(SnapshotTrigger trigger, long fromSequence, long toSequence) {
        for (long sequence = fromSequence; sequence <= toSequence; sequence++) {
            current = sequence;
            trigger.eventHandled(new GenericDomainEventMessage<>("RewardCard", "card-1", sequence, "event"));
        }
    }

    @Test
    void aYoungAggregateIsSnapshottedEveryThresholdEvents() {
        SnapshotTrigger trigger =
                new ProportionalSnapshotTriggerDefinition(snapshotter, 100, 4).prepareTrigger(Object.class);
        trigger.initializationFinished();

        handle(trigger, 0, 399);

        assertThat(scheduledAt).containsExactly(99L, 199L, 299L, 399L);
    }

    @Test
    void aLongHistoryIsSnapshottedAfterAFurtherQuarterOfIt() {
        SnapshotTrigger trigger =
                new ProportionalSnapshotTriggerDefinition(snapshotter, 100, 4).prepareTrigger(Object.class);
        trigger.initializationFinished();

        handle(trigger, 0, 99_999);

        // intervals grow with the history: never more than a quarter of it between two snapshots ...
        for (int i = 1; i < scheduledAt.size(); i++) {
            long interval = scheduledAt.get(i) - scheduledAt.get(i - 1);
            assertThat(interval).isBetween(100L, Math.max(100L, scheduledAt.get(i) / 4 + 1));
        }
        // ... so 100,000 events cost a few dozen snapshots, not a thousand
        assertThat(scheduledAt).hasSizeBetween(20, 40);
        assertThat(scheduledAt.get(scheduledAt.size() - 1)).isGreaterThan(75_000L);
    }

    @Test
    void eventsReadWhileLoadingCountTowardsTheNextSnapshot() {
        SnapshotTrigger trigger =
                new ProportionalSnapshotTriggerDefinition(snapshotter, 100, 4).prepareTrigger(Object.class);
        handle(trigger, 1_000, 1_199); // loaded from a snapshot at 999, then 200 events: no unit of work here
        trigger.initializationFinished();
        handle(trigger, 1_200, 1_400);

        // the 332nd event since the snapshot, 1,331, is the first where 332 >= 1,331 / 4
        assertThat(scheduledAt).containsExactly(1_331L);
    }
}
