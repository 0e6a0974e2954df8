package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its data: a service stopped and started again on the same data
 * directory still has every card, entry and balance, and keeps recording.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedServiceKeepsEveryCardAndBalance() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String station;
        String card;
        try (ConfigurableApplicationContext first = start()) {
            LedgerFixture ledger = new LedgerFixture(client(first));
            station = ledger.station();
            card = ledger.card(station);
            ledger.credited(card, station, 120, today);
            ledger.study(card, station, 60, today);
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient client = client(second);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                ApiResponse view = client.get("/api/v1/cards/" + card);
                assertThat(view.status()).isEqualTo(200);
                assertThat(view.json().get("balance").asLong()).isEqualTo(30);
            });
            assertThat(client.get("/api/v1/stations").body()).contains(station);
            ApiResponse another = new LedgerFixture(client).volunteer(card, station, 60, today);
            assertThat(another.json().get("balance").asLong()).isEqualTo(40);
            assertThat(client.get("/api/v1/cards/" + card + "/entries")
                            .json()
                            .get("entries")
                            .size())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dataDir.toAbsolutePath(),
                        "--pointsbank.admin-password=restart-"
                                + UUID.nameUUIDFromBytes(dataDir.toString().getBytes()));
    }

    private ApiClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient(
                port,
                "admin",
                "restart-" + UUID.nameUUIDFromBytes(dataDir.toString().getBytes()));
    }
}
