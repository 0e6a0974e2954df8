package org.pointsbank.api.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache on Caffeine: aggregates are held strongly, at most {@code maximumSize}
 * of them in all, dropped after {@code idle} without use. Axon's own {@code WeakReferenceCache} let the
 * garbage collector drop a card between two credits, so most credits loaded the card again from
 * its snapshot and events (a quarter of a credit's CPU in the profile of docs/performance.md).
 * Axon evicts an aggregate here whenever its unit of work rolls back. With more than one instance on the log, an
 * entry read is first checked against the log ({@link LogFreshness}): a card another instance moved on is loaded
 * from the store, never acted on stale (issue 18).
 *
 * <p>Entries are keyed by aggregate type and id: each aggregate's repository gets its own view
 * ({@link #of(Class)}), so a card's repository never finds a gift or a redemption cached under
 * the same id. One bound is shared by every type, so the size property bounds the total.
 */
public final class AggregateCache {

    private final com.github.benmanes.caffeine.cache.Cache<TypedAggregateCache.Key, Object> entries;
    private final Map<Class<?>, TypedAggregateCache> views = new ConcurrentHashMap<>();
    private final CacheFreshness freshness;

    /** Megabytes are mebibytes here: {@code pointsbank.aggregate-cache-megabytes} times this. */
    static final long BYTES_PER_MEGABYTE = 1_024L * 1_024L;

    /** Bounded by count alone: every entry weighs the most a weight can be. */
    AggregateCache(long maximumSize, Duration idle) {
        this(maximumSize, idle, CacheFreshness.TRUSTED);
    }

    AggregateCache(long maximumSize, Duration idle, CacheFreshness freshness) {
        this(maximumSize, maximumSize * Integer.MAX_VALUE, idle, freshness);
    }

    /**
     * {@code freshness} judges each entry read: one that is not current is dropped and loaded from the store. Each
     * entry weighs at least {@code maximumBytes / maximumSize}, so both bounds hold (Caffeine takes only one).
     */
    AggregateCache(long maximumSize, long maximumBytes, Duration idle, CacheFreshness freshness) {
        this.freshness = freshness;
        long floor = maximumSize == 0 ? Long.MAX_VALUE : Math.max(1, maximumBytes / maximumSize);
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maximumSize == 0 ? 0 : maximumBytes)
                .weigher(new AggregateWeigher(floor))
                .expireAfterAccess(idle)
                .removalListener((TypedAggregateCache.Key key, Object value, RemovalCause cause) -> {
                    if (key != null && cause.wasEvicted()) {
                        view(key.type()).expired(key.id());
                    }
                })
                .build();
    }

    /** Runs the evictions that are due now (Caffeine runs them soon after a write, not during it). */
    void cleanUp() {
        entries.cleanUp();
    }

    /** The cache of one aggregate type, for its repository. */
    public Cache of(Class<?> aggregateType) {
        return view(aggregateType);
    }

    private TypedAggregateCache view(Class<?> aggregateType) {
        return views.computeIfAbsent(aggregateType, type -> new TypedAggregateCache(type, entries, freshness));
    }
}
