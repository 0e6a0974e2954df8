package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;

/**
 * Under concurrent credits, transactions commit out of the order of their global indexes, so the streaming
 * read models receive some events late, filling gaps. Every event must still have its own row in the audit
 * trail, at its own position.
 */
class AuditTrailCompletenessIT extends IntegrationTest {

    @Test
    void everyEventOfConcurrentCreditsHasItsOwnRowAtItsOwnPosition() throws Exception {
        String station = ledger.station();
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cards.add(ledger.card(station));
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int round = 0; round < 30; round++) {
                for (String card : cards) {
                    done.add(clients.submit(() -> ledger.credited(card, station, 6, today())));
                }
            }
            for (Future<?> credit : done) {
                credit.get();
            }
        } finally {
            clients.shutdown();
        }

        String[] ids = cards.toArray(String[]::new);
        List<Map<String, Object>> log = jdbc.queryForList("""
                SELECT global_index, event_identifier FROM domain_event_entry
                 WHERE aggregate_identifier = ANY (?) ORDER BY global_index""", (Object) ids);
        assertThat(log).hasSize(8 * 31);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(jdbc.queryForList("""
                SELECT global_index, event_identifier FROM audit_entry
                 WHERE aggregate_identifier = ANY (?) ORDER BY global_index""", (Object) ids)).isEqualTo(log));
    }
}
