package org.pointsbank.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;

/**
 * Issue 18: two instances on one PostgreSQL never act on a stale cached aggregate. A card one instance cached and the
 * other moved on is reloaded; a race lost between the look at the log and the append is run again on a fresh copy;
 * credits sent to both alternately (some sent again to the other with the same key) are recorded once each, none
 * answered 500; redemptions placed on one instance and ended on the other release or redeem every hold.
 */
class StaleCacheIT {

    @TempDir
    static Path dir;

    static TwoInstances cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = TwoInstances.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCardMovedOnByTheOtherInstanceIsReloadedBeforeItIsActedOn() {
        LedgerFixture zero = cluster.ledger(0);
        LedgerFixture one = cluster.ledger(1);
        String station = zero.station();
        String card = zero.card(station);
        LocalDate day = LocalDate.now().minusDays(1);
        double staleBefore = count(0, "pointsbank.cache.stale", "aggregate", "RewardCard");

        zero.credited(card, station, 30, day); // instance 0 caches the card at its new version
        one.credited(card, station, 30, day); // instance 1 moves it on: instance 0's copy is now stale
        ApiResponse third = zero.volunteer(card, station, 30, day);

        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        assertThat(credits(card)).isEqualTo(3);
        assertThat(count(0, "pointsbank.cache.stale", "aggregate", "RewardCard") - staleBefore)
                .as("instance 0 found its copy behind the log")
                .isEqualTo(1.0);
    }

    /**
     * The race the look at the log cannot close: another writer's event at the next sequence number commits after
     * the look and before the append. Here the other writer is the test, holding an uncommitted row at that number
     * (an event of a type nobody handles) until instance 0's append waits on it.
     */
    @Test
    void aRaceLostBetweenTheLookAtTheLogAndTheAppendIsRunAgainOnAFreshCopy() throws Exception {
        LedgerFixture zero = cluster.ledger(0);
        String station = zero.station();
        String card = zero.card(station);
        LocalDate day = LocalDate.now().minusDays(2);
        zero.credited(card, station, 30, day);
        long last = lastSequence(card);
        double retriedBefore = count(0, "pointsbank.commands.retried", "reason", "sequence");

        ApiResponse credit;
        try (Connection other = cluster.database().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                        aggregate_identifier, sequence_number, type)
                    SELECT ?, meta_data, convert_to('{}', 'UTF8'), 'org.pointsbank.test.NobodysEvent', time_stamp,
                        aggregate_identifier, sequence_number + 1, type
                    FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, card);
                insert.setLong(3, last);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<ApiResponse> sent =
                    CompletableFuture.supplyAsync(() -> zero.volunteer(card, station, 30, day));
            await().atMost(Duration.ofSeconds(20)).until(() -> appendsWaiting() > 0);
            other.commit();
            credit = sent.get(30, TimeUnit.SECONDS);
        }

        assertThat(credit.status()).as(credit.toString()).isEqualTo(201);
        assertThat(count(0, "pointsbank.commands.retried", "reason", "sequence") - retriedBefore)
                .isEqualTo(1.0);
        assertThat(credits(card)).isEqualTo(2);
        assertThat(lastSequence(card)).isEqualTo(last + 2);
    }

    @Test
    void creditsSentToBothInstancesAlternatelyAreRecordedOnceEachAndNeverAnswer500() throws Exception {
        String station = cluster.ledger(0).station();
        List<String> cards =
                List.of(cluster.ledger(0).card(station), cluster.ledger(1).card(station));
        Map<String, String> entries = new ConcurrentHashMap<>(); // idempotency key -> entry id
        Map<String, Long> points = new ConcurrentHashMap<>(); // card -> points credited
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                int client = c;
                sent.add(clients.submit(() -> {
                    for (int k = 0; k < 8; k++) {
                        int n = client * 8 + k;
                        String card = cards.get(n % 2);
                        String key = UUID.randomUUID().toString();
                        String body = LedgerFixture.volunteerBody(
                                station, 15, LocalDate.now().minusDays(n % 10));
                        String path = "/api/v1/cards/" + card + "/volunteer-hours";
                        for (int instance : k % 3 == 0 ? new int[] {n % 2, 1 - n % 2} : new int[] {n % 2}) {
                            ApiResponse answer = sendUntilRecorded(instance, path, key, body, statuses);
                            String entry = answer.json().get("entryId").asText();
                            if (entries.putIfAbsent(key, entry) == null) {
                                points.merge(card, answer.json().get("points").asLong(), Long::sum);
                            } else {
                                assertThat(entry)
                                        .as("the same key, the same entry")
                                        .isEqualTo(entries.get(key));
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get(90, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(entries).hasSize(48);
        assertThat(statuses).as("201, or 409 to be sent again, never 500").allMatch(s -> s == 201 || s == 409);
        assertThat(statuses.stream().filter(s -> s == 409).count())
                .as("409 answers among %s", statuses)
                .isLessThan(statuses.size() / 2);
        Map<String, Long> recorded = new HashMap<>();
        cluster.jdbc()
                .query(
                        "SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' AS k, count(*) AS n"
                                + " FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)"
                                + " AND payload_type LIKE '%VolunteerHoursCredited' GROUP BY 1",
                        rs -> {
                            recorded.put(rs.getString("k"), rs.getLong("n"));
                        },
                        cards.get(0),
                        cards.get(1));
        assertThat(recorded)
                .as("each key recorded exactly once in the log")
                .containsOnlyKeys(entries.keySet())
                .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        for (String card : cards) {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(cluster.admin(0)
                                    .get("/api/v1/cards/" + card)
                                    .json()
                                    .get("balance")
                                    .asLong())
                            .isEqualTo(points.getOrDefault(card, 0L)));
        }
    }

    /**
     * What docs/api.md tells a client to do with 409 CONCURRENT_MODIFICATION: send it again with the same
     * Idempotency-Key (here at most 10 times) until it is recorded; every answer's status goes to {@code statuses}.
     */
    private static ApiResponse sendUntilRecorded(
            int instance, String path, String key, String body, List<Integer> statuses) {
        ApiResponse answer = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            answer = cluster.admin(instance).post(path, key, body);
            statuses.add(answer.status());
            if (answer.status() != 409
                    || !"CONCURRENT_MODIFICATION"
                            .equals(answer.json().path("code").asText())) {
                break;
            }
        }
        assertThat(answer.status()).as("recorded within 10 tries: %s", answer).isEqualTo(201);
        return answer;
    }

    /**
     * Card and gift are cached by the instance that did not place the redemption; the redemption is ended through
     * the other one. Whichever instance runs the redemption process, every hold ends once: the card's points are
     * redeemed or released, the gift's stock handed over or released.
     */
    @Test
    void redemptionsPlacedOnOneInstanceAndEndedOnTheOtherEndEveryHold() {
        List<String[]> ended = new ArrayList<>();
        for (int placedOn = 0; placedOn < 2; placedOn++) {
            LedgerFixture placing = cluster.ledger(placedOn);
            LedgerFixture other = cluster.ledger(1 - placedOn);
            String station = other.station();
            String gift = other.gift(station, 1, 10, null);
            for (int i = 0; i < 4; i++) {
                String card = other.card(station);
                other.credited(card, station, 60, LocalDate.now().minusDays(3)); // cached by the other instance
                String redemption = placing.redeemed(card, gift, 1);
                String step = i % 2 == 0 ? "fulfilment" : "cancellation";
                ApiResponse finished = other.finish(redemption, step);
                assertThat(finished.status()).as(finished.toString()).isBetween(200, 299);
                ended.add(new String[] {redemption, card, gift, step});
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String[] r : ended) {
                boolean fulfilled = r[3].equals("fulfilment");
                assertThat(eventsAbout(r[1], r[0], fulfilled ? "GiftRedeemed" : "PointsReleased"))
                        .as("the card's hold of " + r[0])
                        .isEqualTo(1);
                assertThat(eventsAbout(r[2], r[0], fulfilled ? "GiftHandedOver" : "GiftStockReleased"))
                        .as("the gift's hold of " + r[0])
                        .isEqualTo(1);
            }
        });
        for (String[] r : ended) {
            assertThat(eventsAbout(r[1], r[0], "PointsReleased") + eventsAbout(r[1], r[0], "GiftRedeemed"))
                    .isEqualTo(1);
            assertThat(eventsAbout(r[2], r[0], "GiftStockReleased") + eventsAbout(r[2], r[0], "GiftHandedOver"))
                    .isEqualTo(1);
        }
    }

    static long credits(String card) {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%VolunteerHoursCredited'",
                        Long.class, card);
    }

    static long eventsAbout(String aggregate, String redemption, String type) {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE ? AND position(? IN convert_from(payload, 'UTF8')) > 0",
                        Long.class,
                        aggregate,
                        "%." + type,
                        redemption);
    }

    static long lastSequence(String aggregate) {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class,
                        aggregate);
    }

    static long appendsWaiting() {
        return cluster.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                + " AND query ILIKE '%INSERT INTO domain_event_entry%'",
                        Long.class);
    }

    static double count(int instance, String meter, String tag, String value) {
        Counter counter = cluster.instance(instance)
                .getBean(MeterRegistry.class)
                .find(meter)
                .tag(tag, value)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
