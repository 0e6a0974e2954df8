package org.pointsbank.api.bench;

import org.pointsbank.projections.audit.EventSeal;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Baseline (c)'s seal of each {@code bench_event} row: the same work as the service's seal of its events in the
 * recording transaction ({@code EventSealProjection}), one HMAC-SHA-256 over the row's canonical form and one insert
 * into {@code bench_event_seal}, but under a key of its own, derived from the service's key for this purpose only
 * ({@link #PURPOSE}). With the service's key itself, the benchmark would seal rows of a table the database's users
 * can read, and a {@code bench_event} row copied into the log with its seal would pass for a sealed event. No lock,
 * no read-back: baseline (c) knows the row it has just inserted. The hash chain is extended behind the log, off the
 * request, for the service's events only.
 */
@Profile("benchmark")
@Component
public class BenchSeal {

    /** The name the bench's key is derived under: never the key of a real event's seal. */
    public static final String PURPOSE = "pointsbank-bench-seal-v1";

    private final JdbcTemplate jdbc;
    private final EventSeal seal;

    public BenchSeal(JdbcTemplate jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal.derived(PURPOSE);
    }

    void seal(StoredEvent event) {
        jdbc.update(
                "INSERT INTO bench_event_seal (global_index, event_identifier, seal) VALUES (?, ?, ?)",
                event.globalIndex(),
                event.eventIdentifier(),
                seal.of(event));
    }
}
