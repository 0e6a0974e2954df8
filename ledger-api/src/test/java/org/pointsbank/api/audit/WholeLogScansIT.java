package org.pointsbank.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole-log scan at a time per node: while a verification (or reconciliation) runs, another is
 * refused at once with 429 RATE_LIMITED and Retry-After, and the first still completes. The first is
 * held deterministically by a table lock this test takes, which its first query waits for.
 */
class WholeLogScansIT extends IntegrationTest {

    @Autowired
    EmbeddedPostgresServer database;

    @Test
    void aVerificationArrivingWhileOneRunsIsRefusedAtOnce() throws Exception {
        assertSecondRefusedWhileFirstWaits(
                "event_hash_chain", "/api/v1/audit/verification", "/api/v1/audit/verification");
    }

    @Test
    void verificationAndReconciliationShareTheLimit() throws Exception {
        assertSecondRefusedWhileFirstWaits(
                "card_balance", "/api/v1/audit/reconciliation", "/api/v1/audit/verification");
    }

    private void assertSecondRefusedWhileFirstWaits(String table, String firstPath, String secondPath)
            throws Exception {
        CompletableFuture<ApiResponse> first;
        try (Connection owner = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedPostgresServer.OWNER, database.ownerPassword());
                Statement s = owner.createStatement()) {
            owner.setAutoCommit(false);
            s.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            first = CompletableFuture.supplyAsync(() -> admin.get(firstPath));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_locks " + "WHERE relation = ?::regclass AND NOT granted",
                                    Long.class,
                                    table)
                            >= 1);

            long started = System.nanoTime();
            ApiResponse second = admin.get(secondPath);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(second.status()).as(second.toString()).isEqualTo(429);
            assertThat(second.code()).isEqualTo("RATE_LIMITED");
            assertThat(second.header("Retry-After")).isEqualTo("10");
            assertThat(millis).as("refused at once, not queued").isLessThan(2_000);
            assertThat(first).isNotDone();
            owner.rollback();
        }
        assertThat(first.get().status()).as(first.get().toString()).isEqualTo(200);
        assertThat(admin.get(secondPath).status()).isEqualTo(200);
    }
}
