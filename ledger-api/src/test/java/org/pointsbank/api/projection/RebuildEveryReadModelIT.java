package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.checkin.CheckInCodes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rebuildable read model is rebuilt while a write that changes it is in flight across the swap: the test holds
 * the first live table (as a writer would) so that the swap waits for its lock, sends the write, lets the swap go
 * once the write has committed to the log (a tracking read model) or waits behind the swap (one kept in the
 * recording transaction), and the write then lands on the swapped rows. Afterwards the read model, whole tables, is
 * what a second rebuild with nothing in flight makes of the log: a write lost or applied twice by the swap differs.
 */
class RebuildEveryReadModelIT extends IntegrationTest {

    @Autowired
    private Projections projections;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private CommandGateway gateway;

    @Autowired
    private CheckInCodes codes;

    @Test
    void everyReadModelRebuiltWithAWriteInFlightAcrossItsSwapLosesAndDoublesNothing() throws Exception {
        Map<String, Runnable> writes = new ReadModelWrites(admin, gateway, codes, today()).byReadModel();
        List<String> rebuildable = projections.all().stream()
                .filter(ProjectionStatus::rebuildable)
                .map(ProjectionStatus::name)
                .toList();
        assertThat(writes.keySet())
                .as("a write for every rebuildable read model")
                .containsExactlyInAnyOrderElementsOf(rebuildable);

        for (String readModel : rebuildable) {
            awaitLive(readModel);
            Map<String, List<Map<String, Object>>> before = tables(readModel);
            try (Connection writer = dataSource.getConnection();
                    Statement lock = writer.createStatement()) {
                writer.setAutoCommit(false);
                lock.execute(
                        "LOCK TABLE public." + ReadModelTables.of(readModel).get(0) + " IN ROW EXCLUSIVE MODE");
                projections.rebuild(readModel);
                await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks("LOCK TABLE%") > 0);
                CompletableFuture<Void> write = CompletableFuture.runAsync(writes.get(readModel));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> write.isDone() || waitingOnLocks("%") > 1); // behind the swap
                assertThat(waitingOnLocks("LOCK TABLE%"))
                        .as("%s: the swap still waits", readModel)
                        .isOne();
                writer.commit();
                write.get(30, TimeUnit.SECONDS);
            }
            Map<String, List<Map<String, Object>>> racing = swapped(readModel);
            assertThat(racing).as("%s: the write changed it", readModel).isNotEqualTo(before);

            assertThat(rebuilt(readModel))
                    .as("%s: as a rebuild with nothing in flight makes it", readModel)
                    .isEqualTo(racing);
        }
    }

    /** Starts a rebuild (once the one before has let go of the one-at-a-time lock) and waits for it. */
    private Map<String, List<Map<String, Object>>> rebuilt(String readModel) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> projections.rebuild(readModel));
        return swapped(readModel);
    }

    /** Waits for the rebuild under way to be swapped in and the read model to be live and caught up. */
    private Map<String, List<Map<String, Object>>> swapped(String readModel) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !projections.isRebuilding(readModel));
        assertThat(projections.status(readModel).rebuildFailure()).as(readModel).isNull();
        awaitLive(readModel);
        return tables(readModel);
    }

    private long waitingOnLocks(String query) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE ?",
                Long.class,
                query);
    }

    private void awaitLive(String readModel) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ProjectionStatus status = projections.status(readModel);
            return "LIVE".equals(status.status()) && Long.valueOf(0).equals(status.lag());
        });
    }

    private Map<String, List<Map<String, Object>>> tables(String readModel) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : ReadModelTables.of(readModel)) {
            tables.put(table, jdbc.queryForList("SELECT * FROM public." + table + " t ORDER BY t::text"));
        }
        return tables;
    }
}
