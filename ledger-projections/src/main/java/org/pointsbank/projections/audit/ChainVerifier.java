package org.pointsbank.projections.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pointsbank.projections.support.LongStatements;
import org.pointsbank.projections.support.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-reads the whole event log in chain order, recomputes every link and compares: an event
 * row edited, deleted, inserted or moved in the database is found and located. The events the
 * chain has not reached yet are checked against their seals ({@link SealCheck}). Runs in one
 * repeatable-read snapshot, so events recorded meanwhile neither confuse nor block it.
 */
@Component
public class ChainVerifier {

    static final int PAGE = 2_000;
    static final int MAX_REPORTED = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final LongStatements longStatements;
    private final SealCheck seals;

    public ChainVerifier(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, LongStatements longStatements, EventSeal seal) {
        this.jdbc = jdbc;
        this.snapshot = Snapshot.readOnly(transactions);
        this.longStatements = longStatements;
        this.seals = new SealCheck(jdbc, seal);
    }

    private record Link(long chainSeq, long globalIndex, String eventIdentifier, String link) {}

    public Verification verify() {
        return snapshot.execute(status -> {
            longStatements.allowInThisTransaction(); // the queries for events without a link read the whole log
            List<Mismatch> mismatches = new ArrayList<>();
            String previous = ChainLink.GENESIS;
            long checked = 0;
            long chainedThrough = -1;
            long afterSeq = 0;
            List<Link> page;
            do {
                page = jdbc.query(
                        "SELECT chain_seq, global_index, event_identifier, link FROM event_hash_chain"
                                + " WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?",
                        (rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                        afterSeq,
                        PAGE);
                Map<Long, StoredEvent> events = eventsAt(page);
                for (Link link : page) {
                    StoredEvent event = events.get(link.globalIndex());
                    if (event == null) {
                        report(mismatches, new Mismatch(link.globalIndex(), link.eventIdentifier(), "MISSING"));
                    } else if (!event.eventIdentifier().equals(link.eventIdentifier())) {
                        report(mismatches, new Mismatch(link.globalIndex(), event.eventIdentifier(), "REORDERED"));
                    } else if (!ChainLink.next(previous, event).equals(link.link())) {
                        report(mismatches, new Mismatch(link.globalIndex(), link.eventIdentifier(), "EDITED"));
                    }
                    previous = link.link();
                    checked++;
                    chainedThrough = Math.max(chainedThrough, link.globalIndex());
                    afterSeq = link.chainSeq();
                }
            } while (page.size() == PAGE);
            long through = chainedThrough;
            long chainLag = seals.check(through, mismatch -> report(mismatches, mismatch));
            return new Verification(
                    mismatches.isEmpty(),
                    checked + chainLag,
                    through,
                    previous,
                    mismatches.isEmpty() ? null : mismatches.get(0),
                    List.copyOf(mismatches),
                    chainLag);
        });
    }

    private Map<Long, StoredEvent> eventsAt(List<Link> links) {
        if (links.isEmpty()) {
            return Map.of();
        }
        Long[] indexes = links.stream().map(Link::globalIndex).toArray(Long[]::new);
        return jdbc
                .query(
                        "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE global_index = ANY (?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", indexes)),
                        StoredEvent.ROW)
                .stream()
                .collect(Collectors.toMap(StoredEvent::globalIndex, Function.identity()));
    }

    private static void report(List<Mismatch> mismatches, Mismatch mismatch) {
        if (mismatches.size() < MAX_REPORTED) {
            mismatches.add(mismatch);
        }
    }
}
