package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;

/** A long-lived card is snapshotted every {@code pointsbank.snapshot-threshold} events and stays correct. */
class SnapshotIT extends IntegrationTest {

    @Test
    void aCardWithMoreEventsThanTheThresholdIsSnapshottedAndKeepsItsRules() {
        String station = ledger.station();
        String card = ledger.card(station);
        for (int i = 0; i < 110; i++) {
            assertThat(ledger.volunteer(card, station, 6, today()).status()).isEqualTo(201); // 1 point each
        }

        // taken on the snapshotter's own thread, after the hundredth event's answer
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                        Integer.class,
                        card))
                .isPositive());

        ApiResponse next = ledger.volunteer(card, station, 60, today());
        assertThat(next.json().get("balance").asLong()).isEqualTo(120);
        // 110 * 6 + 60 = 720 minutes: the daily cap, remembered across the snapshot, refuses one more
        assertThat(ledger.volunteer(card, station, 1, today()).code()).isEqualTo("DAILY_LIMIT_EXCEEDED");
    }
}
