package org.pointsbank.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A swap that PostgreSQL aborts to break a deadlock is run again: here the other side of the deadlock is the test,
 * a writer that holds {@code entry_directory} and then wants {@code card_directory} while the swap holds {@code
 * card_directory} and waits for {@code entry_directory} (as a recording transaction of another instance can).
 */
class SwapDeadlockIT extends IntegrationTest {

    private static final String READ_MODEL = "card_directory";

    @Autowired
    private Projections projections;

    @Autowired
    private ReadModelRebuilds rebuilds;

    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
        rebuilds.onceCaughtUp(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(READ_MODEL));
    }

    @Test
    void aSwapThatLosesADeadlockIsSwappedAgain() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        ledger.credited(card, station, 30, today());
        Map<String, List<Map<String, Object>>> before = tables();
        rebuilds.onceCaughtUp(() -> {
            caughtUp.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        projections.rebuild(READ_MODEL);
        assertThat(caughtUp.await(30, TimeUnit.SECONDS))
                .as("the copy caught up")
                .isTrue();
        try (Connection writer = jdbc.getDataSource().getConnection()) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.execute("DELETE FROM public.entry_directory WHERE false"); // its writers' lock, no rows
            }
            release.countDown();
            await().atMost(Duration.ofSeconds(20)).until(this::swapWaitsForEntryDirectory);
            try (PreparedStatement insert = writer.prepareStatement(
                    "INSERT INTO public.card_directory (card_id, station_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, card);
                insert.setString(2, station);
                insert.executeUpdate(); // waits for the swap: a deadlock, PostgreSQL aborts the swap (it waited first)
            }
            writer.commit();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> !projections.isRebuilding(READ_MODEL));
        ProjectionStatus status = projections.status(READ_MODEL);
        assertThat(status.rebuildFailure()).as("the rebuild's failure").isNull();
        assertThat(status.status()).isEqualTo("LIVE");
        assertThat(tables()).isEqualTo(before);
    }

    private boolean swapWaitsForEntryDirectory() {
        Integer waiting = jdbc.queryForObject("""
                SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE c.relname = 'entry_directory' AND c.relnamespace = 'public'::regnamespace
                  AND l.mode = 'ExclusiveLock' AND NOT l.granted""", Integer.class);
        return waiting != null && waiting > 0;
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "card_directory", jdbc.queryForList("SELECT * FROM public.card_directory ORDER BY card_id"),
                "entry_directory", jdbc.queryForList("SELECT * FROM public.entry_directory ORDER BY entry_id"));
    }
}
