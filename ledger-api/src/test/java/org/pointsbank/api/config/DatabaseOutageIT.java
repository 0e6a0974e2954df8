package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * With its database gone the service answers 503 UNAVAILABLE with Retry-After, records
 * nothing (a sign-in it cannot check included), reports itself not ready, and stays alive (liveness does not
 * depend on the database).
 */
class DatabaseOutageIT {

    @TempDir
    Path dir;

    @Test
    void withoutItsDatabaseTheServiceAnswers503AndStaysAlive() throws Exception {
        String password = "outage-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dir,
                        "--pointsbank.admin-password=" + password,
                        "--spring.datasource.hikari.connection-timeout=1000")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ApiClient admin = new ApiClient(port, "admin", password);
            LedgerFixture ledger = new LedgerFixture(admin);
            String station = ledger.station();
            String card = ledger.card(station);

            app.getBean(EmbeddedPostgresServer.class).close();

            ApiResponse credit = ledger.volunteer(card, station, 60, LocalDate.now(ZoneId.of("Asia/Shanghai")));
            assertThat(credit.status()).as(credit.toString()).isEqualTo(503);
            assertThat(credit.code()).isEqualTo("UNAVAILABLE");
            assertThat(credit.header("Retry-After")).isNotBlank();
            assertThat(credit.json().path("outcome").asText())
                    .as("no connection, no commit")
                    .isEqualTo("NOT_RECORDED");
            ApiResponse read = admin.get("/api/v1/cards/" + card);
            assertThat(read.status()).as(read.toString()).isEqualTo(503);
            // a sign-in whose password is not remembered cannot be checked: the database is gone, not the account
            ApiResponse signIn = new ApiClient(port, "not-remembered", "any-password").get("/api/v1/cards/" + card);
            assertThat(signIn.status()).as(signIn.toString()).isEqualTo(503);
            assertThat(signIn.code()).isEqualTo("UNAVAILABLE");
            assertThat(signIn.header("Retry-After")).isNotBlank();
            ApiClient anonymous = new ApiClient(port, null, null);
            assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(503);
        }
    }
}
