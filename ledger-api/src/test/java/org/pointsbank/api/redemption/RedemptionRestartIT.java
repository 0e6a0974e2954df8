package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.TestClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Recovery of the redemption process: a service stopped with redemptions open, and with one fulfilment decided
 * but not yet carried out to the card and the gift (the process manager was stopped first), is started again
 * on the same data. The decided fulfilment is carried out, an open redemption is fulfilled, and another expires
 * when its hold runs out, found by the scheduled sweep from the stored deadline.
 */
class RedemptionRestartIT {

    @TempDir
    Path dataDir;

    private String card;

    @Test
    void aRestartedServiceFinishesWhatWasDecidedAndExpiresWhatRunsOut() {
        String station;
        String toFulfil;
        String toExpire;
        try (ConfigurableApplicationContext first = start()) {
            ApiClient client = client(first);
            LedgerFixture ledger = new LedgerFixture(client);
            station = ledger.station();
            card = ledger.card(station);
            ledger.credited(card, station, 600, today(first)); // 100 points
            String gift = ledger.gift(station, 10, 5, null);
            toFulfil = ledger.redeemed(card, gift, 1);
            toExpire = ledger.redeemed(card, gift, 1);
            String decided = ledger.redeemed(card, gift, 1);

            first.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(RedemptionProcess.NAME, StreamingEventProcessor.class)
                    .orElseThrow()
                    .shutDown();
            assertThat(ledger.finish(decided, "fulfilment").status()).isEqualTo(200);
            await().untilAsserted(() -> assertCard(client, 100, 70));
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient client = client(second);
            LedgerFixture ledger = new LedgerFixture(client);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertCard(client, 90, 70));

            assertThat(ledger.finish(toFulfil, "fulfilment").status()).isEqualTo(200);
            await().untilAsserted(() -> assertCard(client, 80, 70));

            clock(second).advance(Duration.ofHours(49));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(client.get("/api/v1/redemptions/" + toExpire)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("EXPIRED");
                assertCard(client, 80, 80);
            });
            assertThat(client.get("/api/v1/stations/" + station + "/gifts")
                            .json()
                            .get(0)
                            .get("stock")
                            .asInt())
                    .as("5, less two handed over")
                    .isEqualTo(3);
            await().untilAsserted(() -> assertThat(
                            client.get("/api/v1/audit/reconciliation").json().get("differences"))
                    .isEmpty());
        }
    }

    private void assertCard(ApiClient client, long balance, long available) {
        JsonNode view = client.get("/api/v1/cards/" + card).json();
        assertThat(view.get("balance").asLong()).as("balance").isEqualTo(balance);
        assertThat(view.get("available").asLong()).as("available").isEqualTo(available);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PointsBankApplication.class, MovableClock.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dataDir.toAbsolutePath(),
                        "--pointsbank.redemptions.sweep-interval=PT1S",
                        "--pointsbank.admin-password=" + password());
    }

    /**
     * The service's clock in both contexts, which this test moves. A plain class given to the application as a
     * source (no stereotype, so component scanning in other tests' contexts never finds it).
     */
    static class MovableClock {

        @Bean
        @Primary
        TestClock movableClock() {
            return new TestClock(ZoneId.of("Asia/Shanghai"));
        }
    }

    private static TestClock clock(ConfigurableApplicationContext context) {
        Clock clock = context.getBean(Clock.class);
        assertThat(clock).as("the service's clock").isInstanceOf(TestClock.class);
        return (TestClock) clock;
    }

    private static LocalDate today(ConfigurableApplicationContext context) {
        return LocalDate.now(context.getBean(Clock.class));
    }

    private String password() {
        return "restart-" + UUID.nameUUIDFromBytes(dataDir.toString().getBytes());
    }

    private ApiClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient(port, "admin", password());
    }
}
