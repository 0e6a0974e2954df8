package org.pointsbank.projections.audit;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The part of a verification the chain does not cover yet: every event without a link is checked against its
 * seal, and every seal against its event. Runs inside {@link ChainVerifier}'s snapshot.
 */
final class SealCheck {

    private static final String EVENT_COLUMNS = "d." + StoredEvent.COLUMNS.replace(", ", ", d.");

    private record Unlinked(StoredEvent event, String seal) {}

    private static final RowMapper<Unlinked> UNLINKED =
            (rs, n) -> new Unlinked(StoredEvent.ROW.mapRow(rs, n), rs.getString(11));

    private final JdbcTemplate jdbc;
    private final EventSeal seal;

    SealCheck(JdbcTemplate jdbc, EventSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /**
     * Reports every event without a link ({@code INSERTED}: no seal either; {@code SEAL_MISMATCH}: its row no longer
     * matches its seal; {@code UNCHAINED}: sealed, but the chain went past it) and every sealed event whose row is
     * gone ({@code MISSING}); answers how many events are sealed and verified but not chained yet (the chain's lag).
     */
    long check(long chainedThrough, Consumer<Mismatch> report) {
        long lag = 0;
        long after = 0;
        List<Unlinked> page;
        do {
            page = jdbc.query(
                    "SELECT " + EVENT_COLUMNS + ", s.seal FROM domain_event_entry d"
                            + " LEFT JOIN event_seal s ON s.global_index = d.global_index"
                            + " WHERE d.global_index > ? AND NOT EXISTS"
                            + " (SELECT 1 FROM event_hash_chain c WHERE c.global_index = d.global_index)"
                            + " ORDER BY d.global_index LIMIT ?",
                    UNLINKED,
                    after,
                    ChainVerifier.PAGE);
            for (Unlinked unlinked : page) {
                StoredEvent event = unlinked.event();
                if (unlinked.seal() == null) {
                    report.accept(new Mismatch(event.globalIndex(), event.eventIdentifier(), "INSERTED"));
                } else if (!seal.matches(event, unlinked.seal())) {
                    report.accept(new Mismatch(event.globalIndex(), event.eventIdentifier(), "SEAL_MISMATCH"));
                } else if (event.globalIndex() < chainedThrough) {
                    report.accept(new Mismatch(event.globalIndex(), event.eventIdentifier(), "UNCHAINED"));
                } else {
                    lag++;
                }
                after = event.globalIndex();
            }
        } while (page.size() == ChainVerifier.PAGE);
        jdbc.query(
                """
                SELECT s.global_index, s.event_identifier FROM event_seal s
                 WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry d WHERE d.global_index = s.global_index)
                   AND NOT EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.global_index = s.global_index)
                 ORDER BY s.global_index LIMIT ?""",
                rs -> {
                    report.accept(new Mismatch(rs.getLong(1), rs.getString(2), "MISSING"));
                },
                ChainVerifier.MAX_REPORTED);
        return lag;
    }
}
