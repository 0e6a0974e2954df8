package org.pointsbank.api.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessMetricsIT extends IntegrationTest {

    @Autowired
    BusinessMetrics metrics;

    @Test
    void entriesPointsAndRedemptionsOfAStationAreExportedByTypeAndOutcome() {
        String station = ledger.station();
        String card = ledger.card(station);
        ApiResponse first = ledger.volunteer(card, station, 120, today());
        ApiResponse second = ledger.volunteer(card, station, 60, today());
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        long issued = first.json().get("points").asLong()
                + second.json().get("points").asLong();
        long reversed = second.json().get("points").asLong();
        assertThat(ledger.reverse(card, second.json().get("entryId").asText()).status())
                .isEqualTo(201);
        String gift = ledger.gift(station, 2, 5, null);
        String redemption = ledger.redeemed(card, gift, 1);
        assertThat(ledger.finish(redemption, "fulfilment").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            metrics.refresh();
            Scrape scrape = Scrape.of(admin);
            assertThat(scrape.value("pointsbank_entries", Map.of("station", station, "type", "VOLUNTEER_HOURS")))
                    .hasValue(2);
            assertThat(scrape.value("pointsbank_entries", Map.of("station", station, "type", "REVERSAL")))
                    .hasValue(1);
            assertThat(scrape.value("pointsbank_entries", Map.of("station", station, "type", "GIFT_REDEMPTION")))
                    .hasValue(1);
            assertThat(scrape.value("pointsbank_entries_points", Map.of("station", station, "type", "GIFT_REDEMPTION")))
                    .hasValue(-2);
            assertThat(scrape.value("pointsbank_points_issued", Map.of("station", station)))
                    .hasValue(issued);
            assertThat(scrape.value("pointsbank_points_reversed", Map.of("station", station)))
                    .hasValue(reversed);
            assertThat(scrape.value("pointsbank_points_spent", Map.of("station", station)))
                    .hasValue(2);
            assertThat(scrape.value("pointsbank_redemptions", Map.of("station", station, "outcome", "FULFILLED")))
                    .hasValue(1);
            assertThat(scrape.value("pointsbank_activities", Map.of("state", "CLOSED")))
                    .isPresent();
        });
    }

    @Test
    void noTagNamesACardAndAStationWithOnlyCreditsSpendsNothing() {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 30, today());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            metrics.refresh();
            assertThat(Scrape.of(admin).value("pointsbank_entries", Map.of("station", station)))
                    .isPresent();
        });
        Scrape scrape = Scrape.of(admin);
        assertThat(scrape.body()).doesNotContain(card);
        // a station without gifts or reversals spends and reverses 0, rather than having no figure
        assertThat(scrape.value("pointsbank_points_spent", Map.of("station", station)))
                .hasValue(0);
        assertThat(scrape.value("pointsbank_points_reversed", Map.of("station", station)))
                .hasValue(0);
    }
}
