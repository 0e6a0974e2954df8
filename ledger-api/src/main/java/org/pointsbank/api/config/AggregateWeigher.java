package org.pointsbank.api.config;

import com.github.benmanes.caffeine.cache.Weigher;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.pointsbank.core.shared.MemoryFootprint;

/**
 * What an entry of the {@link AggregateCache} weighs, in bytes: the aggregate's own estimate ({@link
 * MemoryFootprint}, a card's grows with its entries), {@link #UNSIZED_BYTES} for an aggregate that gives none, and
 * never less than {@code floorBytes}. Caffeine bounds a cache by weight or by count, not both: with the floor at the
 * memory bound divided by the count bound, no more entries than the count bound ever fit.
 */
final class AggregateWeigher implements Weigher<TypedAggregateCache.Key, Object> {

    /** An aggregate without an estimate of its own (a station, a gift, a redemption, ...). */
    static final long UNSIZED_BYTES = 2_048;

    private final long floorBytes;

    AggregateWeigher(long floorBytes) {
        this.floorBytes = floorBytes;
    }

    @Override
    public int weigh(TypedAggregateCache.Key key, Object value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(floorBytes, estimate(value)));
    }

    /**
     * Axon's cache entry keeps the live aggregate it was made from and hands it back from {@code recreateAggregate}
     * without using the arguments (as {@link LogFreshness} reads its version).
     */
    private static long estimate(Object value) {
        Object root = value;
        if (value instanceof AggregateCacheEntry<?> cached) {
            try {
                EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
                root = aggregate == null ? null : aggregate.getAggregateRoot();
            } catch (RuntimeException notLive) {
                root = null;
            }
        }
        return root instanceof MemoryFootprint sized ? sized.estimatedBytes() : UNSIZED_BYTES;
    }
}
