package org.pointsbank.api.bench;

import org.pointsbank.projections.audit.EventSeal;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Baseline (c)'s seal of each {@code bench_event} row, as the service seals its events in the recording
 * transaction ({@code EventSealProjection}): the row's {@link EventSeal} with the service's own key, appended to
 * {@code bench_event_seal}. No lock, no read-back: baseline (c) knows the row it has just inserted. The hash chain
 * is extended behind the log, off the request, for the service's events only.
 */
@Profile("benchmark")
@Component
public class BenchSeal {

    private final JdbcTemplate jdbc;
    private final EventSeal seal;

    public BenchSeal(JdbcTemplate jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    void seal(StoredEvent event) {
        jdbc.update(
                "INSERT INTO bench_event_seal (global_index, event_identifier, seal) VALUES (?, ?, ?)",
                event.globalIndex(),
                event.eventIdentifier(),
                seal.of(event));
    }
}
