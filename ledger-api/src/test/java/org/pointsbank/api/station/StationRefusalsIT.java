package org.pointsbank.api.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;

/**
 * Stations refused: an id that is not a slug (400), one that exists already (409 {@code STATION_ALREADY_EXISTS},
 * also when created by racing requests).
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class StationRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aStationIdThatIsNotASlugIsValidationFailed() {
        String id = "Bad Slug " + UUID.randomUUID().toString().substring(0, 8);

        ApiResponse response = admin.post("/api/v1/stations", key(), "{\"id\":\"" + id + "\",\"name\":\"Bad\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "id");
        assertThat(problems.events(id)).isZero();
        assertThat(problems.stationIds()).doesNotContain(id);
    }

    @Test
    void creatingAStationTwiceIsStationAlreadyExists() {
        String station = ledger.station();

        ApiResponse response = admin.post(
                "/api/v1/stations", key(), "{\"id\":\"" + station + "\",\"name\":\"Someone else's station\"}");

        assertProblem(response, 409, "STATION_ALREADY_EXISTS", "id");
        assertThat(problems.events(station)).isEqualTo(1);
        JsonNode listed = problems.stationNamed(station);
        assertThat(listed.get("name").asText()).isEqualTo("Station " + station);
    }

    /**
     * Racing creators of one station: one wins, every other one is told it exists (409
     * STATION_ALREADY_EXISTS), never a 5xx. A few rounds, as the window is narrow.
     */
    @Test
    void creatingAStationConcurrentlyIsStationAlreadyExistsForAllButOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            String station = "st-race-" + UUID.randomUUID().toString().substring(0, 8);
            String body = "{\"id\":\"" + station + "\",\"name\":\"Race\"}";

            List<ApiResponse> responses = concurrently(10, () -> admin.post("/api/v1/stations", key(), body));

            assertThat(responses.stream().filter(r -> r.status() == 201))
                    .as(responses.toString())
                    .hasSize(1);
            responses.stream()
                    .filter(r -> r.status() != 201)
                    .forEach(r -> assertProblem(r, 409, "STATION_ALREADY_EXISTS", "id"));
            assertThat(problems.events(station)).isEqualTo(1);
        }
    }

    /** Sends {@code n} requests at once (every thread waits at one start gate) and answers them all. */
    private static List<ApiResponse> concurrently(int n, Callable<ApiResponse> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
