package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.pointsbank.projections.audit.EventChainProjection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The chain's processor keeps its token in the token store: after a restart it goes on from where it stopped, and
 * on a log chained before it had a token (chained in the recording transaction) it starts at the chain's head, so
 * no event is ever chained twice or skipped. Runs on its own service and database, restarted twice.
 */
class ChainRestartIT {

    private static final String ADMIN_PASSWORD = "chain-restart-admin-password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    @Test
    void aRestartResumesTheChainAndAChainWithoutATokenIsTakenUpAtItsHead() {
        try (ConfigurableApplicationContext app = start()) {
            LedgerFixture ledger = new LedgerFixture(admin(app));
            String station = ledger.station();
            ledger.credited(ledger.card(station), station, 30, TODAY);
            assertThat(ChainCaughtUp.verification(admin(app)).get("ok").asBoolean())
                    .isTrue();
            // as a log chained in the recording transaction is found: links, but no token of the chain's own
            chain(app).shutDown();
            owner(app, "DELETE FROM token_entry WHERE processor_name = '" + EventChainProjection.NAME + "'");
        }
        try (ConfigurableApplicationContext app = start()) {
            LedgerFixture ledger = new LedgerFixture(admin(app));
            String station = ledger.station();
            ledger.credited(ledger.card(station), station, 60, TODAY);
            assertThat(ChainCaughtUp.verification(admin(app)).get("ok").asBoolean())
                    .isTrue();
            chain(app).shutDown();
            ledger.credited(ledger.card(station), station, 90, TODAY); // sealed, not chained before the stop
            assertThat(admin(app)
                            .get("/api/v1/audit/verification")
                            .json()
                            .get("chainLag")
                            .asLong())
                    .isPositive();
        }
        try (ConfigurableApplicationContext app = start()) {
            JsonNode verification = ChainCaughtUp.verification(admin(app));

            assertThat(verification.get("ok").asBoolean())
                    .as(verification.toString())
                    .isTrue();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM event_chain_held", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                    .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM event_hash_chain", Long.class))
                    .isEqualTo(jdbc.queryForObject("SELECT max(chain_seq) FROM event_hash_chain", Long.class));
            List<Long> order =
                    jdbc.queryForList("SELECT global_index FROM event_hash_chain ORDER BY chain_seq", Long.class);
            assertThat(order).isSorted().doesNotHaveDuplicates();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PointsBankApplication.class)
                .run(
                        "--server.port=0",
                        "--pointsbank.data-dir=" + dir,
                        "--pointsbank.admin-password=" + ADMIN_PASSWORD);
    }

    private static ApiClient admin(ConfigurableApplicationContext app) {
        return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort(), "admin", ADMIN_PASSWORD);
    }

    private static EventProcessor chain(ConfigurableApplicationContext app) {
        return app.getBean(EventProcessingConfiguration.class)
                .eventProcessor(EventChainProjection.NAME)
                .orElseThrow();
    }

    private static void owner(ConfigurableApplicationContext app, String sql) {
        EmbeddedPostgresServer database = app.getBean(EmbeddedPostgresServer.class);
        SingleConnectionDataSource connection = new SingleConnectionDataSource(
                database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword(), true);
        try {
            new JdbcTemplate(connection).update(sql);
        } finally {
            connection.destroy();
        }
    }
}
