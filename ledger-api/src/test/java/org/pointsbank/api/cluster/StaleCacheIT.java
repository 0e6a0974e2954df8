package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;

/** Issue 18: a card cached by one instance and moved on by the other is reloaded, never acted on stale. */
class StaleCacheIT {

    @TempDir
    static Path dir;

    static TwoInstances cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = TwoInstances.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCardMovedOnByTheOtherInstanceIsReloadedBeforeItIsActedOn() {
        LedgerFixture zero = cluster.ledger(0);
        LedgerFixture one = cluster.ledger(1);
        String station = zero.station();
        String card = zero.card(station);
        LocalDate day = LocalDate.now().minusDays(1);

        zero.credited(card, station, 30, day); // instance 0 caches the card at its new version
        one.credited(card, station, 30, day); // instance 1 moves it on: instance 0's copy is now stale
        ApiResponse third = zero.volunteer(card, station, 30, day);

        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(credits(card)).isEqualTo(3);
        assertThat(staleCards(0)).as("instance 0 found its copy behind the log").isEqualTo(1.0);
    }

    static double staleCards(int instance) {
        Counter stale = cluster.instance(instance)
                .getBean(MeterRegistry.class)
                .find("pointsbank.cache.stale")
                .tag("aggregate", "RewardCard")
                .counter();
        return stale == null ? 0 : stale.count();
    }

    static long credits(String card) {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%VolunteerHoursCredited'",
                        Long.class, card);
    }
}
