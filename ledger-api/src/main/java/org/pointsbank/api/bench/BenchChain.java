package org.pointsbank.api.bench;

import java.util.List;
import org.pointsbank.projections.audit.ChainLink;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Baseline (c)'s hash chain over {@code bench_event}, linked as the real chain is ({@code EventChainProjection}):
 * a transaction-scoped advisory lock, the head read, the next link ({@link ChainLink}) inserted, all in the
 * recording transaction, so the lock is held to its commit. Its own lock, so a baseline run never waits for the
 * real chain nor the real chain for it.
 */
@Profile("benchmark")
@Component
public class BenchChain {

    /** The advisory lock that orders the bench links: "bench_c". */
    static final long LOCK = 0x62656e63685f63L;

    private final JdbcTemplate jdbc;

    public BenchChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void link(StoredEvent event) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK);
        List<Object[]> head =
                jdbc.query("SELECT chain_seq, link FROM bench_hash_chain ORDER BY chain_seq DESC LIMIT 1", (rs, n) ->
                        new Object[] {rs.getLong(1), rs.getString(2)});
        long seq = head.isEmpty() ? 1 : (long) head.get(0)[0] + 1;
        String previous = head.isEmpty() ? ChainLink.GENESIS : (String) head.get(0)[1];
        jdbc.update(
                "INSERT INTO bench_hash_chain (chain_seq, global_index, event_identifier, link) VALUES (?, ?, ?, ?)",
                seq,
                event.globalIndex(),
                event.eventIdentifier(),
                ChainLink.next(previous, event));
    }
}
