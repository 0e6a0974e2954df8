package org.pointsbank.api.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.audit.ChainCaughtUp;
import org.pointsbank.api.audit.SealKeyConfig;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup-and-restore drill, short form (issue 18; the full one is {@code ops/drills/backup-restore.sh}): entries
 * are recorded on the embedded database, an online backup is taken while the service runs (the seal key kept apart,
 * in a location of its own), and restored into a new data directory with the key put back beside it; the service started there verifies its chain with the head the original had at the backup,
 * reconciles to zero, and has every entry acknowledged before the backup and none recorded after it.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "backup-drill-admin";

    @TempDir
    Path dir;

    @Test
    void aRestoredBackupStartsWithTheSameChainHeadAndEveryAcknowledgedEntry() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> cards = new ArrayList<>();
        List<String> acknowledged = new ArrayList<>();
        JsonNode atBackup;
        String afterBackup;
        try (ConfigurableApplicationContext original = start(dir.resolve("original"))) {
            ApiClient admin = admin(original);
            LedgerFixture ledger = new LedgerFixture(admin);
            String station = ledger.station();
            for (int i = 0; i < 3; i++) {
                String card = ledger.card(station);
                cards.add(card);
                for (int minutes : new int[] {60, 120, 30}) {
                    acknowledged.add(ledger.credited(card, station, minutes, today));
                }
            }
            String gift = ledger.gift(station, 5, 3, null);
            acknowledged.add(ledger.redeemed(cards.get(0), gift, 1)); // points held for an open redemption
            atBackup = verified(admin);

            OnlineBackup.take(
                    original.getBean(EmbeddedPostgresServer.class),
                    dir.resolve("restored").resolve("postgres"));
            OnlineBackup.keepSealKey(original.getBean(EmbeddedPostgresServer.class), dir.resolve("key-store"));

            afterBackup = ledger.credited(cards.get(1), station, 60, today);
        }

        assertThat(SealKeyConfig.keyFile(dir.resolve("restored")))
                .as("the backup does not hold the seal key")
                .doesNotExist();
        OnlineBackup.restoreSealKey(dir.resolve("key-store"), dir.resolve("restored"));
        try (ConfigurableApplicationContext restored = start(dir.resolve("restored"))) {
            ApiClient admin = admin(restored);
            JsonNode verification = verified(admin);
            assertThat(verification.get("head").asText())
                    .isEqualTo(atBackup.get("head").asText());
            assertThat(verification.get("eventsChecked").asLong())
                    .isEqualTo(atBackup.get("eventsChecked").asLong());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode reconciliation =
                        admin.get("/api/v1/audit/reconciliation").json();
                assertThat(reconciliation.get("ok").asBoolean())
                        .as(reconciliation.toString())
                        .isTrue();
            });
            List<String> present = new ArrayList<>();
            for (String card : cards) {
                present.addAll(admin.get("/api/v1/cards/" + card + "/entries")
                        .json()
                        .get("entries")
                        .findValuesAsText("entryId"));
            }
            List<String> credits = acknowledged.subList(0, acknowledged.size() - 1);
            assertThat(present).containsAll(credits).doesNotContain(afterBackup);
            String redemption = acknowledged.get(acknowledged.size() - 1);
            assertThat(admin.get("/api/v1/redemptions/" + redemption)
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("RESERVED");
            JsonNode card = admin.get("/api/v1/cards/" + cards.get(0)).json();
            assertThat(card.get("balance").asLong() - card.get("available").asLong())
                    .as("points held")
                    .isEqualTo(5);
        }
    }

    private static JsonNode verified(ApiClient admin) {
        JsonNode verification = ChainCaughtUp.verification(admin);
        assertThat(verification.get("ok").asBoolean())
                .as(verification.toString())
                .isTrue();
        return verification;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(PointsBankApplication.class)
                .run("--server.port=0", "--pointsbank.data-dir=" + dataDir, "--pointsbank.admin-password=" + PASSWORD);
    }

    private static ApiClient admin(ConfigurableApplicationContext app) {
        return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort(), "admin", PASSWORD);
    }
}
