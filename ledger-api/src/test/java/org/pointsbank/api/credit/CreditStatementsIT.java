package org.pointsbank.api.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.StatementLog;
import org.pointsbank.api.StatementLog.Entry;
import org.pointsbank.api.StatementLog.Recorded;

/**
 * What one credit sends to the database, statement by statement (each one a round trip), on a card whose aggregate
 * is cached: a statement added to the credit's path fails here, so that it is added knowingly. The event seal's own
 * statements ({@code projections.audit}) are counted in the total and listed, not pinned one by one.
 */
class CreditStatementsIT extends IntegrationTest {

    private static final String CHAIN = "org.pointsbank.projections.audit.";

    /** The key's claim, which also answers the card's last sequence number: the cache's look-up needs no statement. */
    private static final String CLAIM = "SELECT claimed, stored_hash, stored_status, stored_body, log_version FROM"
            + " claim_idempotency_key(?, ?, ?, ?, ?)";

    @Test
    void aCreditOnACachedCardSendsOnlyTheStatementsItNeeds() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 60, today());
        ledger.credited(card, station, 60, today());

        Recorded<ApiResponse> credit = StatementLog.record(() -> ledger.volunteer(card, station, 60, today()));

        assertThat(credit.result().status()).as(credit.result().toString()).isEqualTo(201);
        List<Entry> sent = credit.ofRequests();
        String listed = list("one credit", sent);
        assertThat(sent.stream().filter(e -> !e.source().startsWith(CHAIN)).map(Entry::toString))
                .as(listed)
                .containsExactly(
                        "IdempotencyStore.claim: " + CLAIM,
                        "PeriodRepository.isClosed: SELECT period_is_closed(?)",
                        "IdempotencyStore.complete: UPDATE idempotency_record SET response_status = ?, response_body"
                                + " = ? WHERE username = ? AND idempotency_key = ?",
                        "JdbcEventStorageEngine.appendEvents: BATCH INSERT INTO domain_event_entry (event_identifier,"
                                + " aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                                + " payload_revision, payload, meta_data) VALUES (?,?,?,?,?,?,?,?,?)",
                        "CardDirectoryProjection.entry: INSERT INTO entry_directory (entry_id, card_id, station_id)"
                                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        "SpringTransactionManager.commitTransaction: COMMIT");
        assertThat(sent).as(listed).hasSize(CREDIT_STATEMENTS);
    }

    @Test
    void aReplayedCreditSendsOnlyTheKeyLookUp() {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String body = LedgerFixture.volunteerBody(station, 60, today());
        assertThat(admin.post("/api/v1/cards/" + card + "/volunteer-hours", key, body)
                        .status())
                .isEqualTo(201);

        Recorded<ApiResponse> replay =
                StatementLog.record(() -> admin.post("/api/v1/cards/" + card + "/volunteer-hours", key, body));

        assertThat(replay.result().status()).isEqualTo(201);
        assertThat(replay.result().header("Idempotency-Replayed")).isEqualTo("true");
        List<Entry> sent = replay.ofRequests();
        assertThat(sent.stream().map(Entry::sql)).as(list("one replay", sent)).containsExactly(CLAIM, "COMMIT");
    }

    private static String list(String what, List<Entry> sent) {
        String listed = what + "'s statements (" + sent.size() + "):\n  "
                + String.join("\n  ", sent.stream().map(Entry::toString).toList());
        System.out.println(listed);
        return listed;
    }

    /**
     * The six above and the event's seal's two: the event read back (its global index is the insert's) and the seal.
     * No lock: the hash chain is extended behind the log, off the request.
     */
    private static final int CREDIT_STATEMENTS = 8;
}
