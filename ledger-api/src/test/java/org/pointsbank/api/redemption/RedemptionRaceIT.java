package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;

/**
 * The race: 50 redemptions at once, through HTTP, by a station's staff, against a card whose points cover
 * only 10 of them, and against a gift with a stock of 10. Exactly 10 succeed each time; while they run, a watcher
 * reads the card's available points and the gift's stock as fast as it can and never sees either below zero;
 * afterwards reconciliation finds no difference. The figures are printed for the closing note.
 */
class RedemptionRaceIT extends IntegrationTest {

    private static final int REQUESTS = 50;

    private record Outcome(int status, String code, long millis) {}

    private ApiClient staffOf(String station) {
        String name = "desk-" + station;
        ApiResponse created = admin.post(
                "/api/v1/users",
                key(),
                "{\"username\":\"" + name + "\",\"password\":\"race-password-1\",\"role\":\"STAFF\",\"stationIds\":[\""
                        + station + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin.as(name, "race-password-1");
    }

    @Test
    void fiftyDesksAgainstOneCardWhosePointsCoverTen() throws Exception {
        String station = ledger.station();
        LedgerFixture desk = new LedgerFixture(staffOf(station));
        String card = ledger.card(station);
        ledger.credited(card, station, 600, today()); // 100 points
        await().until(() ->
                admin.get("/api/v1/cards/" + card).json().get("available").asLong() == 100);
        String gift = ledger.gift(station, 10, 1_000, null);

        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        List<Outcome> outcomes = race(
                i -> desk.redeem(card, gift, 1),
                () -> admin.get("/api/v1/cards/" + card).json().get("available").asLong(),
                lowest);

        report("one card, points for 10", outcomes, lowest.get());
        assertThat(count(outcomes, 201)).isEqualTo(10);
        assertThat(outcomes)
                .filteredOn(o -> o.status() != 201)
                .extracting(Outcome::code)
                .containsOnly("INSUFFICIENT_POINTS");
        assertThat(lowest.get()).as("available never below zero").isGreaterThanOrEqualTo(0);
        await().untilAsserted(() -> {
            JsonNode view = admin.get("/api/v1/cards/" + card).json();
            assertThat(view.get("available").asLong()).isZero();
            assertThat(view.get("balance").asLong()).isEqualTo(100);
        });
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts")
                        .json()
                        .get(0)
                        .get("stock")
                        .asInt())
                .isEqualTo(990);
        finishHalf(desk, card);
        await().untilAsserted(() -> {
            JsonNode view = admin.get("/api/v1/cards/" + card).json();
            assertThat(view.get("balance").asLong()).isEqualTo(50);
            assertThat(view.get("available").asLong()).isEqualTo(50);
        });
        assertReconciled();
    }

    @Test
    void fiftyDesksAgainstAGiftWithTenInStock() throws Exception {
        String station = ledger.station();
        LedgerFixture desk = new LedgerFixture(staffOf(station));
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String card = ledger.card(station);
            ledger.credited(card, station, 60, today()); // 10 points each
            cards.add(card);
        }
        String gift = ledger.gift(station, 10, 10, null);
        String last = cards.get(REQUESTS - 1);
        await().until(() ->
                admin.get("/api/v1/cards/" + last).json().get("available").asLong() == 10);

        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        List<Outcome> outcomes = race(
                i -> desk.redeem(cards.get(i), gift, 1),
                () -> admin.get("/api/v1/stations/" + station + "/gifts")
                        .json()
                        .get(0)
                        .get("stock")
                        .asLong(),
                lowest);

        report("one gift, stock of 10", outcomes, lowest.get());
        assertThat(count(outcomes, 201)).isEqualTo(10);
        assertThat(outcomes)
                .filteredOn(o -> o.status() != 201)
                .extracting(Outcome::code)
                .containsOnly("OUT_OF_STOCK");
        assertThat(lowest.get()).as("stock never below zero").isGreaterThanOrEqualTo(0);
        assertThat(admin.get("/api/v1/stations/" + station + "/gifts")
                        .json()
                        .get(0)
                        .get("stock")
                        .asInt())
                .isZero();
        await().untilAsserted(() -> {
            long held = 0;
            for (String card : cards) {
                JsonNode view = admin.get("/api/v1/cards/" + card).json();
                assertThat(view.get("available").asLong()).isBetween(0L, 10L);
                held += view.get("balance").asLong() - view.get("available").asLong();
            }
            assertThat(held).as("points held across the 50 cards").isEqualTo(100);
        });
        assertReconciled();
    }

    /** Runs the requests together behind a start gate while a watcher keeps reading {@code watched}. */
    private List<Outcome> race(IntFunction<ApiResponse> request, LongSupplier watched, AtomicLong lowest)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS + 1);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            AtomicBoolean running = new AtomicBoolean(true);
            Future<?> watcher = pool.submit(() -> {
                while (running.get()) {
                    lowest.accumulateAndGet(watched.getAsLong(), Math::min);
                }
            });
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                Callable<Outcome> call = () -> {
                    gate.await();
                    long start = System.nanoTime();
                    ApiResponse response = request.apply(n);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    return new Outcome(response.status(), response.status() == 201 ? null : response.code(), millis);
                };
                futures.add(pool.submit(call));
            }
            gate.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            lowest.accumulateAndGet(watched.getAsLong(), Math::min);
            running.set(false);
            watcher.get();
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fulfils five of the card's redemptions and cancels the other five. */
    private void finishHalf(LedgerFixture desk, String card) {
        JsonNode reserved = admin.get("/api/v1/cards/" + card + "/redemptions").json();
        assertThat(reserved.size()).isEqualTo(10);
        for (int i = 0; i < reserved.size(); i++) {
            String step = i % 2 == 0 ? "fulfilment" : "cancellation";
            assertThat(desk.finish(reserved.get(i).get("redemptionId").asText(), step)
                            .status())
                    .isEqualTo(200);
        }
    }

    private void assertReconciled() {
        await().untilAsserted(() -> {
            JsonNode reconciliation = admin.get("/api/v1/audit/reconciliation").json();
            assertThat(reconciliation.get("differences"))
                    .as(reconciliation.toString())
                    .isEmpty();
            assertThat(reconciliation.get("ok").asBoolean()).isTrue();
        });
    }

    private static long count(List<Outcome> outcomes, int status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static void report(String race, List<Outcome> outcomes, long lowest) {
        Map<String, Long> byOutcome = new TreeMap<>();
        outcomes.forEach(o -> byOutcome.merge(o.status() + (o.code() == null ? "" : " " + o.code()), 1L, Long::sum));
        long[] millis = outcomes.stream().mapToLong(Outcome::millis).sorted().toArray();
        System.out.printf(
                "RACE %s: %s; lowest seen by the watcher %d; latency ms p50 %d, max %d%n",
                race, byOutcome, lowest, millis[millis.length / 2], millis[millis.length - 1]);
    }
}
