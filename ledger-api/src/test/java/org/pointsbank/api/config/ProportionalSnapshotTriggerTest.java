package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.MonthsSettled;

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

    private void settle(SnapshotTrigger trigger, long sequence) {
        current = sequence;
        trigger.eventHandled(new GenericDomainEventMessage<>(
                "RewardCard",
                "card-1",
                sequence,
                new MonthsSettled("card-1", List.of("2026-10"), Instant.parse("2026-12-02T02:00:00Z"))));
    }

    @Test
    void aSettlementIsSnapshottedAtOnceThenTheIntervalsGoOnAsBefore() {
        SnapshotTrigger trigger =
                new ProportionalSnapshotTriggerDefinition(snapshotter, 100, 4).prepareTrigger(Object.class);
        handle(trigger, 80_000, 80_009); // loaded from a snapshot at 79,999
        trigger.initializationFinished();
        settle(trigger, 80_010);
        handle(trigger, 80_011, 80_500);

        // far below a quarter of the history, the settlement is snapshotted; the next waits a quarter again
        assertThat(scheduledAt).containsExactly(80_010L);
    }

    @Test
    void aSettlementReplayedWhileLoadingIsSnapshottedAfterTheLoad() {
        SnapshotTrigger trigger =
                new ProportionalSnapshotTriggerDefinition(snapshotter, 100, 4).prepareTrigger(Object.class);
        handle(trigger, 90_000, 90_004);
        settle(trigger, 90_005); // the snapshot at 89,999 predates the settlement
        handle(trigger, 90_006, 90_010);
        trigger.initializationFinished();
        handle(trigger, 90_011, 90_020);

        assertThat(scheduledAt).containsExactly(90_005L);
    }
}
