package org.pointsbank.projections.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain behind the log, one link per event, strictly in global-index order: a link is appended
 * only once every lower position is settled (its event visible, or known never to come). Before it links an event
 * it checks the event's {@link EventSeal}: an event with no seal, or one whose row no longer matches its seal, is
 * not linked but held ({@code event_chain_held}), and verification reports it. Called by the chain's processor
 * (one thread, one segment: the token claim lets one instance run it) inside the processor's transaction.
 *
 * <p>A position below the last visible event that is not visible yet is a transaction still open or one that rolled
 * back (a sequence value is never given back). It is waited for while the processor's token still counts it as a
 * gap and while any transaction that was already open when the hole was first seen is still open (the one holding
 * the position began before that moment); when none is left and the row is still absent, the position is settled as
 * empty. Never longer than {@link #LONGEST_WAIT}, the event store's own gap timeout.
 */
@Component
public class ChainAppender {

    /** How long a hole in the log is waited for at most: as long as the event store remembers a gap. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    static final int PAGE = 500;

    private static final Logger log = LoggerFactory.getLogger(ChainAppender.class);
    private static final String EVENT_COLUMNS = "d." + StoredEvent.COLUMNS.replace(", ", ", d.");

    private final JdbcTemplate jdbc;
    private final EventSeal seal;
    private final Map<Long, Instant> holesSeenAt = new HashMap<>();

    public ChainAppender(JdbcTemplate jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    private record Head(long chainSeq, String link, long through) {}

    private record Row(StoredEvent event, String seal, Instant seenAt) {}

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            StoredEvent.ROW.mapRow(rs, n), rs.getString(11), rs.getTimestamp(12).toInstant());

    /**
     * Links every settled event above the chain's position up to {@code upTo}, in order; {@code openGaps} are the
     * positions the processor's token still expects. Answers how many links were appended.
     */
    public synchronized int advance(long upTo, Collection<Long> openGaps) {
        Head head = head();
        if (upTo <= head.through()) {
            passedBy(upTo);
            return 0;
        }
        long after = head.through();
        long chainSeq = head.chainSeq();
        String previous = head.link();
        int linked = 0;
        List<Row> rows;
        do {
            rows = jdbc.query(
                    "SELECT " + EVENT_COLUMNS + ", s.seal, clock_timestamp() FROM domain_event_entry d"
                            + " LEFT JOIN event_seal s ON s.global_index = d.global_index"
                            + " WHERE d.global_index > ? AND d.global_index <= ? ORDER BY d.global_index LIMIT ?",
                    ROW,
                    after,
                    upTo,
                    PAGE);
            for (Row row : rows) {
                if (waitsForAHole(after, row, openGaps)) {
                    return linked;
                }
                StoredEvent event = row.event();
                if (row.seal() == null) {
                    hold(event, "NO_SEAL");
                } else if (!seal.matches(event, row.seal())) {
                    hold(event, "SEAL_MISMATCH");
                } else {
                    previous = ChainLink.next(previous, event);
                    chainSeq++;
                    jdbc.update(
                            "INSERT INTO event_hash_chain (chain_seq, global_index, event_identifier, link)"
                                    + " VALUES (?, ?, ?, ?)",
                            chainSeq,
                            event.globalIndex(),
                            event.eventIdentifier(),
                            previous);
                    linked++;
                }
                after = event.globalIndex();
            }
        } while (rows.size() == PAGE);
        long settled = after;
        holesSeenAt.keySet().removeIf(position -> position <= settled);
        return linked;
    }

    private Head head() {
        return jdbc.queryForObject(
                """
                SELECT c.chain_seq, c.link,
                       greatest((SELECT max(global_index) FROM event_hash_chain),
                                (SELECT max(global_index) FROM event_chain_held))
                  FROM (SELECT 1) one
                  LEFT JOIN (SELECT chain_seq, link FROM event_hash_chain ORDER BY chain_seq DESC LIMIT 1) c ON true""",
                (rs, n) -> new Head(
                        rs.getLong(1), rs.getString(2) == null ? ChainLink.GENESIS : rs.getString(2), rs.getLong(3)));
    }

    /** For a caller beside the processor: a lock the processor holds is waited for briefly, then given up. */
    public void lockBriefly() {
        jdbc.execute("SET LOCAL lock_timeout = '200ms'");
    }

    /** The chain's position: the highest global index it has linked or held, 0 before the first. */
    public long position() {
        return head().through();
    }

    private boolean waitsForAHole(long after, Row row, Collection<Long> openGaps) {
        for (long hole : openGaps) {
            if (hole > after && hole < row.event().globalIndex() && !settledAsEmpty(hole, row.seenAt())) {
                return true;
            }
        }
        return false;
    }

    private boolean settledAsEmpty(long hole, Instant now) {
        Instant seenAt = holesSeenAt.computeIfAbsent(hole, h -> now);
        if (Duration.between(seenAt, now).compareTo(LONGEST_WAIT) > 0) {
            log.warn(
                    "the event log has had no event at position {} for {}: the chain goes on without it",
                    hole,
                    LONGEST_WAIT);
            return true;
        }
        jdbc.execute("SELECT pg_stat_clear_snapshot()"); // the activity view is otherwise read once a transaction
        Boolean olderOpen = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND xact_start < ?)",
                Boolean.class,
                Timestamp.from(seenAt));
        if (Boolean.TRUE.equals(olderOpen)) {
            return false;
        }
        // every transaction that could hold the position has ended: if its row is still absent, it rolled back
        return Boolean.FALSE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index = ?)", Boolean.class, hole));
    }

    private void hold(StoredEvent event, String problem) {
        log.warn("event {} at position {} is not chained: {}", event.eventIdentifier(), event.globalIndex(), problem);
        jdbc.update(
                "INSERT INTO event_chain_held (global_index, event_identifier, problem) VALUES (?, ?, ?)"
                        + " ON CONFLICT (global_index) DO NOTHING",
                event.globalIndex(),
                event.eventIdentifier(),
                problem);
    }

    /** An event delivered after the chain went past its position (it settled the position as empty). */
    private void passedBy(long position) {
        int held = jdbc.update("""
                INSERT INTO event_chain_held (global_index, event_identifier, problem)
                SELECT d.global_index, d.event_identifier, 'UNCHAINED' FROM domain_event_entry d
                 WHERE d.global_index = ?
                   AND NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.global_index = d.global_index)
                ON CONFLICT (global_index) DO NOTHING""", position);
        if (held > 0) {
            log.warn("the event at position {} became visible after the chain had gone past it", position);
        }
    }
}
