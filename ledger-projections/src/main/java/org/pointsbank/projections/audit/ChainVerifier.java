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
 * row edited, deleted, inserted or moved in the database is found and located. Runs in one
 * repeatable-read snapshot, so events recorded meanwhile neither confuse nor block it.
 */
@Component
public class ChainVerifier {

    static final int PAGE = 2_000;
    static final int MAX_REPORTED = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final LongStatements longStatements;

    public ChainVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.snapshot = Snapshot.readOnly(transactions);
        this.longStatements = longStatements;
    }

    private record Link(long chainSeq, long globalIndex, String eventIdentifier, String link) {}

    public Verification verify() {
        return snapshot.execute(status -> {
            longStatements.allowInThisTransaction(); // the last query (events without a link) reads the whole log
            List<Mismatch> mismatches = new ArrayList<>();
            String previous = ChainLink.GENESIS;
            long checked = 0;
            long through = -1;
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
                    through = Math.max(through, link.globalIndex());
                    afterSeq = link.chainSeq();
                }
            } while (page.size() == PAGE);
            jdbc.query(
                    """
                    SELECT global_index, event_identifier FROM domain_event_entry d
                     WHERE NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.global_index = d.global_index)
                     ORDER BY global_index LIMIT ?""",
                    rs -> {
                        report(mismatches, new Mismatch(rs.getLong(1), rs.getString(2), "INSERTED"));
                    },
                    MAX_REPORTED);
            return new Verification(
                    mismatches.isEmpty(),
                    checked,
                    through,
                    previous,
                    mismatches.isEmpty() ? null : mismatches.get(0),
                    List.copyOf(mismatches));
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
