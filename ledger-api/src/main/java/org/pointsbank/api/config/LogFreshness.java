package org.pointsbank.api.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cached aggregate is current when its version is the event log's: one look-up of the stream's last sequence
 * number on the unique (aggregate_identifier, sequence_number) index, on every cache hit. Snapshots need no look: a
 * snapshot never runs ahead of the events it sums up, and the events stay in {@code domain_event_entry}, so its
 * highest sequence number is the stream's. Entries behind the log (another instance moved the aggregate on) and
 * ahead of it are both loaded again from the store, and counted in {@value #METER}{aggregate}.
 *
 * <p>Why a cached copy ahead of the log is never legitimate (Axon 4.13): {@code CachingEventSourcingRepository}
 * puts an aggregate in the cache when it is saved, in the prepare-commit phase of the (possibly nested) unit of
 * work, while a nested unit of work's events wait in the root's queue until the root commits. So inside one request
 * the cache can run ahead of the log, but the cache is not read there: {@code AbstractRepository} keeps every
 * aggregate loaded or created in the root unit of work (a card created and then credited in one request, the
 * nested units of work of {@code idempotency/IdempotentRequests}, an activity close's many credits in one
 * transaction) and hands that same instance back, without the cache; when a nested unit of work rolls back, the
 * aggregate leaves both that map and the cache, and the next load reads the store, whose reads include the root's
 * staged events. Across units of work the aggregate's lock is held from the load to the clean-up, after the commit
 * or the rollback (which drops the entry). What remains ahead of the log is therefore a leftover of a commit that
 * did not happen (a rollback whose clean-up was missed, a commit whose outcome was unknown): acting on it would
 * append after events that are not in the log.
 *
 * <p>The look-up is skipped when the request's transaction already read the stream's last sequence number and it
 * is the cached version ({@link LogVersionHint}: a credit's idempotency claim reads it in the same round trip).
 *
 * <p>What remains is the race between this look and the append: the unique key refuses the later writer, its
 * transaction rolls back, Axon drops the cache entry, and the request is run again (see {@code
 * idempotency/ConflictRetries}).
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
        if (cached != null && LogVersionHint.take(id).filter(cached::equals).isPresent()) {
            return true;
        }
        Long logged = jdbc.queryForObject(LAST_SEQUENCE, Long.class, id.toString());
        if (atTheLog(cached, logged)) {
            return true;
        }
        LOG.debug("{} {} cached at {} but the log is at {}: loading it from the store", type, id, cached, logged);
        Counter.builder(METER)
                .description(
                        "Aggregates found in the cache at another version than the event log's (most often behind it:"
                                + " another instance moved them on)")
                .tag("aggregate", type.getSimpleName())
                .register(meters)
                .increment();
        return false;
    }

    /**
     * The decision: a cached version is current only when it is the log's last sequence number. Behind the log,
     * another instance appended since; ahead of it, or with no event in the log at all, the cached copy is a
     * leftover of a commit that did not happen (see the class comment).
     */
    static boolean atTheLog(Long cached, Long logged) {
        return cached != null && cached.equals(logged);
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
