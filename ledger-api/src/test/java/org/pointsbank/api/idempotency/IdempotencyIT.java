package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;

/**
 * The idempotency rules of docs/api.md, over HTTP against the real store: a key replays the first
 * response of the request it was first used for, refuses a different request, runs at most once
 * under concurrency, is not kept for refused requests, and is recorded on the events it caused.
 *
 * <p>Not tested: keys are scoped per user. Only the bootstrap {@code admin} exists today (there is
 * no {@code POST /users} yet), so no second user can send the same key; add that test with users.
 */
class IdempotencyIT extends IntegrationTest {

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(10);
    private static final Duration CONCURRENT_WAIT = Duration.ofSeconds(60);
    private static final int CONCURRENT_REQUESTS = 20;
    private static final String CARDS = "/api/v1/cards/";

    @Test
    void theSameRequestWithTheSameKeyIsReplayedByteForByteAndRecordsNothingNew() {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String body = LedgerFixture.volunteerBody(station, 90, today());

        ApiResponse first = admin.post(volunteerPath(card), key, body);
        long eventsAfterFirst = events(card);
        ApiResponse again = admin.post(volunteerPath(card), key, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.header("Content-Type")).startsWith("application/json");
        assertThat(eventsAfterFirst).isEqualTo(2);
        assertThat(events(card)).isEqualTo(2);
        assertThat(storedKeys(key)).isEqualTo(1);
        String entryId = first.json().get("entryId").asText();
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode lines = statement(card);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).get("entryId").asText()).isEqualTo(entryId);
            assertThat(admin.get(CARDS + card).json().get("balance").asLong()).isEqualTo(15);
        });
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedAndRecordsNothing() {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        ApiResponse first = admin.post(volunteerPath(card), key, LedgerFixture.volunteerBody(station, 90, today()));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        ApiResponse otherBody =
                admin.post(volunteerPath(card), key, LedgerFixture.volunteerBody(station, 120, today()));
        ApiResponse otherPath = admin.post(
                CARDS + card + "/study-sessions",
                key,
                "{\"stationId\":\"" + station + "\",\"topic\":\"civic study\",\"minutes\":60,\"occurredOn\":\""
                        + today() + "\"}");

        for (ApiResponse refused : List.of(otherBody, otherPath)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
            assertThat(refused.json().path("errors").path(0).path("field").asText())
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(events(card)).isEqualTo(2);
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            assertThat(statement(card)).hasSize(1);
            JsonNode view = admin.get(CARDS + card).json();
            assertThat(view.get("balance").asLong()).isEqualTo(15);
            assertThat(view.get("studyMinutes").asLong()).isZero();
        });
        // The key still answers its own request.
        ApiResponse replay = admin.post(volunteerPath(card), key, LedgerFixture.volunteerBody(station, 90, today()));
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void concurrentRequestsWithOneKeyExecuteOnce() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String body = LedgerFixture.volunteerBody(station, 60, today());

        List<ApiResponse> responses = concurrently(i -> admin.post(volunteerPath(card), key, body));

        List<ApiResponse> created =
                responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(responses).as(responses.toString()).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isIn(201, 409);
            if (r.status() == 409) {
                assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT");
            }
        });
        assertThat(created).isNotEmpty();
        assertThat(created.stream().map(r -> r.json().get("entryId").asText()).distinct())
                .hasSize(1);
        assertThat(created.stream().map(ApiResponse::body).distinct()).hasSize(1);
        assertThat(created.stream().filter(r -> r.header(IdempotentRequests.REPLAYED_HEADER) == null))
                .as("responses of the one request that executed")
                .hasSize(1);
        assertThat(events(card)).isEqualTo(2);
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            assertThat(statement(card)).hasSize(1);
            assertThat(admin.get(CARDS + card).json().get("balance").asLong()).isEqualTo(10);
        });
    }

    @Test
    void concurrentRequestsWithDistinctKeysAllCountAndNoUpdateIsLost() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        // 30 minutes = 5 points each; 20 * 30 = 600 minutes stays under the daily cap of 720.
        String body = LedgerFixture.volunteerBody(station, 30, today());

        List<ApiResponse> responses = concurrently(i -> admin.post(volunteerPath(card), key(), body));

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.json().get("entryId").asText()).distinct())
                .hasSize(CONCURRENT_REQUESTS);
        // Executed one after the other: each saw the balance the previous one left.
        assertThat(responses.stream().map(r -> r.json().get("balance").asLong()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, CONCURRENT_REQUESTS)
                        .map(n -> 5 * n)
                        .boxed()
                        .toList());
        assertThat(events(card)).isEqualTo(1 + CONCURRENT_REQUESTS);
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode view = admin.get(CARDS + card).json();
            assertThat(view.get("balance").asLong()).isEqualTo(5L * CONCURRENT_REQUESTS);
            assertThat(view.get("volunteerMinutes").asLong()).isEqualTo(30L * CONCURRENT_REQUESTS);
            JsonNode lines = statement(card);
            assertThat(lines).hasSize(CONCURRENT_REQUESTS);
            assertThat(lines.get(CONCURRENT_REQUESTS - 1).get("runningBalance").asLong())
                    .isEqualTo(5L * CONCURRENT_REQUESTS);
        });
    }

    /**
     * Refusals are not remembered: the key's claim rolls back with the refused request, so the
     * same key may then carry a valid (even a different) request, which executes normally.
     */
    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String station = ledger.station();
        String card = ledger.card(station);
        String invalidFirst = key();
        String refusedFirst = key();

        ApiResponse invalid =
                admin.post(volunteerPath(card), invalidFirst, LedgerFixture.volunteerBody(station, 721, today()));
        ApiResponse refused = admin.post(
                volunteerPath(card), refusedFirst, LedgerFixture.volunteerBody(station, 60, today().plusDays(1)));

        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("OCCURRED_ON_OUT_OF_RANGE");
        assertThat(storedKeys(invalidFirst)).isZero();
        assertThat(storedKeys(refusedFirst)).isZero();
        assertThat(events(card)).isEqualTo(1);

        ApiResponse fixedInvalid =
                admin.post(volunteerPath(card), invalidFirst, LedgerFixture.volunteerBody(station, 720, today()));
        ApiResponse fixedRefused = admin.post(
                volunteerPath(card), refusedFirst, LedgerFixture.volunteerBody(station, 60, today().minusDays(1)));

        for (ApiResponse fixed : List.of(fixedInvalid, fixedRefused)) {
            assertThat(fixed.status()).as(fixed.toString()).isEqualTo(201);
            assertThat(fixed.header(IdempotentRequests.REPLAYED_HEADER)).isNull();
        }
        assertThat(events(card)).isEqualTo(3);
        await().atMost(PROJECTION_WAIT)
                .untilAsserted(() -> assertThat(
                                admin.get(CARDS + card).json().get("balance").asLong())
                        .isEqualTo(130));
    }

    @Test
    void aKeyThatIsNotOneTo255VisibleAsciiCharactersIsValidationFailed() {
        String station = ledger.station();
        String card = ledger.card(station);
        String body = LedgerFixture.volunteerBody(station, 60, today());

        // (Non-ASCII keys cannot be sent from java.net.http: it writes '?' for such characters.)
        for (String badKey : List.of("k".repeat(256), "has a space")) {
            ApiResponse response = admin.post(volunteerPath(card), badKey, body);

            assertThat(response.status()).as(badKey + " -> " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().path("errors").path(0).path("field").asText())
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(events(card)).isEqualTo(1);

        String longest = "k".repeat(254) + "~";
        ApiResponse accepted = admin.post(volunteerPath(card), longest, body);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(events(card)).isEqualTo(2);
    }

    @Test
    void theEventsOfARequestCarryItsActorKeyAndCorrelationId() throws Exception {
        String station = ledger.station();
        String card = ledger.card(station);
        String key = key();
        String correlationId = "desk-7-request-" + key.substring(0, 8);

        ApiResponse response = admin.send(
                "POST",
                volunteerPath(card),
                LedgerFixture.volunteerBody(station, 60, today()),
                Map.of("Content-Type", "application/json", "Idempotency-Key", key, "X-Correlation-Id", correlationId));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("X-Correlation-Id")).isEqualTo(correlationId);
        List<byte[]> metadata = jdbc.queryForList("""
                SELECT meta_data FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number > 0 ORDER BY sequence_number""", byte[].class, card);
        assertThat(metadata).hasSize(1);
        JsonNode meta = new ObjectMapper().readTree(metadata.get(0));
        assertThat(meta.path("actor").asText()).as(meta.toString()).isEqualTo("admin");
        assertThat(meta.path("idempotencyKey").asText()).as(meta.toString()).isEqualTo(key);
        assertThat(meta.path("correlationId").asText()).as(meta.toString()).isEqualTo(correlationId);
    }

    // ---------------------------------------------------------------------------------------

    /** Sends {@link #CONCURRENT_REQUESTS} requests at once (all threads wait at one gate) and answers them all. */
    private List<ApiResponse> concurrently(IntFunction<ApiResponse> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            CountDownLatch ready = new CountDownLatch(CONCURRENT_REQUESTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(n);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(CONCURRENT_WAIT.toSeconds(), TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String volunteerPath(String card) {
        return CARDS + card + "/volunteer-hours";
    }

    private JsonNode statement(String card) {
        return admin.get(CARDS + card + "/entries").json().get("entries");
    }

    private long events(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregateId);
    }

    private long storedKeys(String key) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Long.class, key);
    }
}
