package org.pointsbank.api.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cached aggregate is current when the event log holds no later event of it: one look-up of the stream's last
 * sequence number on the unique (aggregate_identifier, sequence_number) index, in the loading transaction, on every
 * cache hit. Snapshots need no look: a snapshot never runs ahead of the events it sums up, and the events stay in
 * {@code domain_event_entry}, so its highest sequence number is the stream's. A cached aggregate ahead of the log is
 * current: its events are this instance's, still in the open transaction of the request that loaded it. Stale
 * entries are counted in {@value #METER}{aggregate}.
 *
 * <p>What remains is the race between this look and the append: the unique key refuses the later writer, its
 * transaction rolls back, Axon drops the cache entry, and the request is run again (see {@code
 * idempotency/ConcurrentModifications}).
 */
final class LogFreshness implements CacheFreshness {

    static final String METER = "pointsbank.cache.stale";

    private static final Logger LOG = LoggerFactory.getLogger(LogFreshness.class);
    private static final String LAST_SEQUENCE =
            "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?";

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;

    LogFreshness(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Override
    public boolean current(Class<?> type, Object id, Object entry) {
        Long cached = cachedVersion(entry);
        Long logged = jdbc.queryForObject(LAST_SEQUENCE, Long.class, id.toString());
        if (cached != null && (logged == null || logged <= cached)) {
            return true;
        }
        LOG.debug("{} {} cached at {} but the log is at {}: loading it from the store", type, id, cached, logged);
        Counter.builder(METER)
                .description("Aggregates found in the cache behind the event log (another instance moved them on)")
                .tag("aggregate", type.getSimpleName())
                .register(meters)
                .increment();
        return false;
    }

    /**
     * The version of the aggregate the cache holds. Axon's cache entry keeps the live aggregate it was made from (a
     * transient field; this cache is in memory, never serialised) and hands it back from {@code recreateAggregate}
     * without using the arguments; an entry without it is not trusted (null: loaded again).
     */
    private static Long cachedVersion(Object entry) {
        if (!(entry instanceof AggregateCacheEntry<?> cached)) {
            return null;
        }
        try {
            EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
            return aggregate == null ? null : aggregate.version();
        } catch (RuntimeException notLive) {
            return null;
        }
    }
}
