package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The crash drill on two instances (ops/README.md, "Fault drill: kill -9"), short form: two instances in child
 * JVMs on one PostgreSQL, the cluster drill's load on both, instance 0 killed with SIGKILL in the middle of it (the
 * drill's clients then retry with the same key on instance 1), restarted: every acknowledged entry has its one
 * line, none is applied twice, each balance and hold is what the answers said, reconciliation is zero and the chain
 * verifies, and a second drill on both instances passes with nothing unanswered.
 */
class TwoInstanceCrashIT {

    @TempDir
    Path dir;

    @Test
    void aKill9OfOneInstanceUnderLoadLosesNothingAndDoublesNothingAndItRestarts() throws Exception {
        try (ChildInstances instances = ChildInstances.start(dir)) {
            // instance 1 first: the drill prepares and reads its ledger there, and instance 1 stays up
            String urls = OpsDrill.urls(instances.port(1), instances.port(0));
            JdbcTemplate db = new JdbcTemplate(instances.database());
            long before = events(db);
            AtomicReference<OpsDrill> during = new AtomicReference<>();
            Thread load = new Thread(() -> during.set(OpsDrill.cluster(
                    urls,
                    "--instance-may-die",
                    "--clients",
                    "8",
                    "--credits",
                    "50",
                    "--cards",
                    "4",
                    "--redemptions",
                    "8",
                    "--resend-every",
                    "7",
                    "--settle",
                    "60s")));
            load.start();
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> events(db) > before + 80);
            instances.kill(0);
            load.join(Duration.ofMinutes(3).toMillis());

            OpsDrill crashed = during.get();
            assertThat(crashed).as("the drill under the kill finished").isNotNull();
            assertThat(crashed.out()).as(crashed.out()).contains("no answer: ");
            assertThat(crashed.exit()).as(crashed.out()).isZero();
            assertThat(crashed.out()).endsWith("cluster drill OK\n");

            instances.startInstance(0);
            OpsDrill after = OpsDrill.cluster(
                    urls, "--clients", "4", "--credits", "10", "--cards", "2", "--redemptions", "2", "--settle", "60s");
            assertThat(after.exit()).as(after.out()).isZero();
            assertThat(new ApiClient(instances.port(0), "admin", TwoInstances.ADMIN_PASSWORD)
                            .get("/api/v1/audit/reconciliation")
                            .json()
                            .path("ok")
                            .asBoolean())
                    .as("reconciliation through the restarted instance")
                    .isTrue();
        }
    }

    private static long events(JdbcTemplate db) {
        Long count = db.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
