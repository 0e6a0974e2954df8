package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.MemoryFootprint;

/** The aggregate cache is bounded by the memory its aggregates estimate they hold, and by count as before. */
class AggregateCacheMemoryTest {

    /** An aggregate of a given estimated size. */
    static final class Sized implements MemoryFootprint {

        @AggregateIdentifier
        private final String id;

        private final long bytes;

        Sized(String id, long bytes) {
            this.id = id;
            this.bytes = bytes;
        }

        @Override
        public long estimatedBytes() {
            return bytes;
        }
    }

    /** As Axon's caching repository stores an aggregate: a cache entry around the live aggregate. */
    private static AggregateCacheEntry<Sized> cached(String id, long bytes) {
        EventSourcedAggregate<Sized> aggregate = EventSourcedAggregate.initialize(
                new Sized(id, bytes),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Sized.class),
                null,
                NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }

    private static long kept(Cache view, String prefix, int count) {
        return IntStream.range(0, count)
                .filter(i -> view.containsKey(prefix + i))
                .count();
    }

    @Test
    void aHeavyCardEvictsLightOnesToStayWithinTheMemoryBound() {
        AggregateCache cache = new AggregateCache(1_000, 100_000, Duration.ofHours(1), CacheFreshness.TRUSTED);
        Cache cards = cache.of(Sized.class);
        IntStream.range(0, 40).forEach(i -> cards.put("light-" + i, cached("light-" + i, 2_000)));
        cache.cleanUp();
        assertThat(kept(cards, "light-", 40))
                .as("40 light cards of 2 kB fit in 100 kB")
                .isEqualTo(40);

        cards.put("heavy", cached("heavy", 90_000));
        cache.cleanUp();

        assertThat(cards.containsKey("heavy")).isTrue();
        assertThat(kept(cards, "light-", 40))
                .as("what is left beside 90 kB fits in 10 kB")
                .isLessThanOrEqualTo(5);
    }

    @Test
    void theCountBoundStillHoldsForLightAggregates() {
        AggregateCache cache = new AggregateCache(10, 1_000_000, Duration.ofHours(1), CacheFreshness.TRUSTED);
        Cache cards = cache.of(Sized.class);
        IntStream.range(0, 50).forEach(i -> cards.put("tiny-" + i, cached("tiny-" + i, 10)));
        cache.cleanUp();
        assertThat(kept(cards, "tiny-", 50)).isLessThanOrEqualTo(10).isPositive();
    }

    @Test
    void anAggregateWithoutAnEstimateWeighsTheDefault() {
        AggregateWeigher weigher = new AggregateWeigher(100);
        TypedAggregateCache.Key key = new TypedAggregateCache.Key(String.class, "id");
        assertThat(weigher.weigh(key, "a station")).isEqualTo((int) AggregateWeigher.UNSIZED_BYTES);
        assertThat(weigher.weigh(key, cached("card", 50_000))).isEqualTo(50_000);
        assertThat(weigher.weigh(key, cached("card", 10)))
                .as("never below the floor")
                .isEqualTo(100);
    }
}
