package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.monitoring.Scrape;

/**
 * The recording transaction seals each event and takes no global lock; the hash chain follows behind, one link per
 * event in the log's own order, however the recording transactions interleave.
 */
class ChainBehindTheLogIT extends IntegrationTest {

    private static final int CLIENTS = 8;
    private static final int CREDITS_EACH = 8;

    @Test
    void concurrentCreditsAreSealedAtOnceAndChainedInGlobalIndexOrder() throws Exception {
        long chainedBefore =
                jdbc.queryForObject("SELECT coalesce(max(chain_seq), 0) FROM event_hash_chain", Long.class);
        long logBefore =
                jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        String station = ledger.station();
        List<String> cards = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            cards.add(ledger.card(station));
        }
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (String card : cards) {
            clients.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < CREDITS_EACH; i++) {
                    ledger.credited(card, station, 30, today());
                }
            }));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        long logAfter = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry d WHERE d.global_index > ? AND NOT EXISTS"
                                + " (SELECT 1 FROM event_seal s WHERE s.global_index = d.global_index)",
                        Long.class,
                        logBefore))
                .as("every event sealed when its transaction committed")
                .isZero();

        JsonNode verification = ChainCaughtUp.verification(admin);

        assertThat(verification.get("ok").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("verifiedThrough").asLong()).isGreaterThanOrEqualTo(logAfter);
        List<Map<String, Object>> links = jdbc.queryForList(
                "SELECT chain_seq, global_index FROM event_hash_chain WHERE chain_seq > ? ORDER BY chain_seq",
                chainedBefore);
        assertThat(links).hasSizeGreaterThanOrEqualTo((int) (logAfter - logBefore));
        for (int i = 1; i < links.size(); i++) {
            long seq = (Long) links.get(i).get("chain_seq");
            assertThat(seq).isEqualTo((Long) links.get(i - 1).get("chain_seq") + 1);
            assertThat((Long) links.get(i).get("global_index"))
                    .as("link %d follows the log's order", seq)
                    .isGreaterThan((Long) links.get(i - 1).get("global_index"));
        }
    }

    @Test
    void theChainsLagIsInTheVerificationAndAGauge() {
        ledger.credited(ledger.card(ledger.station()), ledger.station(), 30, today());

        assertThat(admin.get("/api/v1/audit/verification").json().has("chainLag"))
                .isTrue();
        assertThat(Scrape.of(admin).value("pointsbank_projection_lag_events", Map.of("projection", "event_hash_chain")))
                .isPresent();
    }
}
