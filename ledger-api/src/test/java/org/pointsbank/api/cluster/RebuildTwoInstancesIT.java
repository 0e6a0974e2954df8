package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.projection.ReadModelRebuilds;

/**
 * Rebuilds on two instances while credits flow to both: {@code card_balance} (tracking, its segment held by the
 * other instance while the swap stores the copy's token) rebuilt on one instance, {@code card_directory} (written in
 * the recording transactions of both) on the other. One rebuild at a time across them, card reads answer 200 on both
 * all along, and afterwards every acknowledged credit is in the balance once, the log reconciles, the tables equal a
 * fresh replay, and each instance's later credit shows up in the balance read on the other.
 */
class RebuildTwoInstancesIT {

    private static final String BALANCE = "card_balance";
    private static final String DIRECTORY = "card_directory";

    @TempDir
    Path dir;

    private final AtomicBoolean flowing = new AtomicBoolean(true);
    private final Map<String, Long> answered = new ConcurrentHashMap<>(); // card -> balance its last credit answered
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile String phase = "before the rebuilds";

    @Test
    void rebuildsOnEitherInstanceKeepReadsAnsweringAndEveryCreditOnce() throws Exception {
        try (TwoInstances cluster = TwoInstances.start(dir, "--pointsbank.node-id=")) {
            String station = cluster.ledger(0).station();
            List<List<String>> cards = List.of(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < 2; i++) {
                for (int c = 0; c < 2; c++) {
                    String card = cluster.ledger(i).card(station);
                    cards.get(i).add(card);
                    credit(cluster, i, card, station, 0);
                }
            }
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(balances(cluster)).containsAllEntriesOf(answered));
            int holder = awaitHolder(cluster);
            int other = 1 - holder;
            ExecutorService clients = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> flow = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int instance = i;
                    flow.add(clients.submit(() -> creditUntilStopped(cluster, instance, cards.get(instance), station)));
                }
                flow.add(clients.submit(() -> readUntilStopped(cluster, cards)));

                // the copy's token is stored while the segment is claimed by the instance that does not rebuild
                rebuildWhileCreditsFlow(
                        cluster,
                        other,
                        BALANCE,
                        DIRECTORY,
                        () -> assertThat(owner(cluster))
                                .as("card_balance's segment held by the instance that does not rebuild")
                                .isEqualTo(nodeId(cluster, holder)));
                rebuildWhileCreditsFlow(cluster, holder, DIRECTORY, BALANCE, () -> {});

                flowing.set(false);
                for (Future<?> f : flow) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                flowing.set(false);
                clients.shutdownNow();
            }
            assertThat(failures)
                    .as("credits and card reads during the rebuilds")
                    .isEmpty();
            assertThat(acknowledged.get()).as("credits acknowledged").isGreaterThan(10);

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(balances(cluster)).containsAllEntriesOf(answered));
            for (int i = 0; i < 2; i++) {
                assertThat(cluster.admin(i)
                                .get("/api/v1/audit/reconciliation")
                                .json()
                                .get("ok")
                                .asBoolean())
                        .as("reconciliation on instance %d", i)
                        .isTrue();
            }
            assertThat(creditEvents(cluster))
                    .as("one credit event per acknowledged credit")
                    .isEqualTo(acknowledged.get());

            for (int i = 0; i < 2; i++) {
                String card = cards.get(i).get(0);
                long balance = credit(cluster, i, card, station, 1);
                int reader = 1 - i;
                await().atMost(Duration.ofSeconds(20))
                        .untilAsserted(() -> assertThat(cluster.admin(reader)
                                        .get("/api/v1/cards/" + card)
                                        .json()
                                        .get("balance")
                                        .asLong())
                                .as("a credit on instance %d read on the other", reader)
                                .isEqualTo(balance));
            }

            Map<String, List<Map<String, Object>>> swapped = tables(cluster);
            rebuild(cluster, 0, BALANCE);
            rebuild(cluster, 1, DIRECTORY);
            assertThat(tables(cluster)).as("the tables after a fresh replay").isEqualTo(swapped);
            assertThat(cluster.jdbc()
                            .queryForObject(
                                    "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()",
                                    Long.class))
                    .as("deadlocks between the swaps and the instances' batches")
                    .isZero();
        }
    }

    /**
     * Rebuilds {@code name} on {@code instance}, holding its copy before the swap until credits acknowledged on both
     * instances moved on; meanwhile the other instance refuses to rebuild {@code second}.
     */
    private void rebuildWhileCreditsFlow(
            TwoInstances cluster, int instance, String name, String second, Runnable beforeTheSwap) throws Exception {
        ReadModelRebuilds rebuilds = cluster.instance(instance).getBean(ReadModelRebuilds.class);
        phase = name + " rebuilt on instance " + instance;
        CountDownLatch caughtUp = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        rebuilds.onceCaughtUp(() -> {
            caughtUp.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            ApiResponse started = post(cluster, instance, name);
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(caughtUp.await(30, TimeUnit.SECONDS))
                    .as("the copy caught up")
                    .isTrue();

            ApiResponse refused = post(cluster, 1 - instance, second);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("PROJECTION_REBUILD_RUNNING");
            int before = acknowledged.get();
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.get() >= before + 6);
            beforeTheSwap.run();
        } finally {
            release.countDown();
        }
        awaitLive(cluster, instance, name);
        rebuilds.onceCaughtUp(null);
        phase = "after " + name + " rebuilt on instance " + instance;
    }

    private static void rebuild(TwoInstances cluster, int instance, String name) {
        ApiResponse started = post(cluster, instance, name);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        awaitLive(cluster, instance, name);
    }

    private static void awaitLive(TwoInstances cluster, int instance, String name) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiResponse status = cluster.admin(instance).get("/api/v1/admin/projections/" + name);
            assertThat(status.json().get("status").asText())
                    .as(status.toString())
                    .isEqualTo("LIVE");
            assertThat(status.json().has("rebuildFailure"))
                    .as(status.toString())
                    .isFalse();
        });
    }

    private static ApiResponse post(TwoInstances cluster, int instance, String name) {
        return cluster.admin(instance)
                .post(
                        "/api/v1/admin/projections/" + name + "/rebuild",
                        UUID.randomUUID().toString(),
                        null);
    }

    /** Credits each of {@code cards} in turn on {@code instance} (the only one that credits them) until stopped. */
    private void creditUntilStopped(TwoInstances cluster, int instance, List<String> cards, String station) {
        for (int n = 2; flowing.get(); n++) {
            credit(cluster, instance, cards.get(n % cards.size()), station, n / cards.size() % 25);
        }
    }

    private long credit(TwoInstances cluster, int instance, String card, String station, int daysAgo) {
        LedgerFixture ledger = cluster.ledger(instance);
        ApiResponse credit = ledger.volunteer(card, station, 15, LocalDate.now().minusDays(daysAgo));
        if (credit.status() != 201) {
            failures.add(phase + ": credit on instance " + instance + ": " + credit);
            return -1;
        }
        long balance = credit.json().get("balance").asLong();
        answered.put(card, balance);
        acknowledged.incrementAndGet();
        return balance;
    }

    private void readUntilStopped(TwoInstances cluster, List<List<String>> cards) {
        for (int n = 0; flowing.get(); n++) {
            String card = cards.get(n % 2).get(n / 2 % 2);
            ApiResponse read = cluster.admin((n / 4) % 2).get("/api/v1/cards/" + card);
            if (read.status() != 200) {
                failures.add(phase + ": card read on instance " + (n / 4) % 2 + ": " + read);
            }
        }
    }

    private static int awaitHolder(TwoInstances cluster) {
        await().atMost(Duration.ofSeconds(20)).until(() -> owner(cluster) != null);
        return owner(cluster).equals(nodeId(cluster, 0)) ? 0 : 1;
    }

    private static String owner(TwoInstances cluster) {
        return cluster
                .jdbc()
                .queryForList(
                        "SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                        String.class,
                        BALANCE)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static String nodeId(TwoInstances cluster, int instance) {
        return cluster.instance(instance).getBean(NodeId.class).value();
    }

    private Map<String, Long> balances(TwoInstances cluster) {
        Map<String, Long> balances = new ConcurrentHashMap<>();
        cluster.jdbc()
                .queryForList("SELECT card_id, balance FROM card_balance")
                .forEach(row -> balances.put((String) row.get("card_id"), ((Number) row.get("balance")).longValue()));
        return balances;
    }

    private static int creditEvents(TwoInstances cluster) {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%VolunteerHoursCredited'",
                        Integer.class);
    }

    private static Map<String, List<Map<String, Object>>> tables(TwoInstances cluster) {
        Map<String, List<Map<String, Object>>> tables = new ConcurrentHashMap<>();
        for (String table : List.of("card_balance", "card_directory", "entry_directory")) {
            tables.put(
                    table,
                    cluster.jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1, 2").stream()
                            .map(row -> (Map<String, Object>) new java.util.TreeMap<>(row))
                            .toList());
        }
        return tables;
    }
}
