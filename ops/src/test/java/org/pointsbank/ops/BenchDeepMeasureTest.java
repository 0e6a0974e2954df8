package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench deep}: the measurement, fresh card then deep card in each round, and its report. */
class BenchDeepMeasureTest {

    private static final String HEADER =
            "CARD +EVENTS +SECONDS +CREDITS +CREDITS/S +CAP +ERRORS +P50 MS +P95 MS +P99 MS +MAX MS";

    @TempDir
    Path dir;

    private StubServer stub;
    private Path json;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        DeepStub.cardsAndFreshCredits(stub);
        DeepStub.deepEntries(stub, 2);
        json = dir.resolve("deep.json");
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun deep(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "deep"),
                List.of(
                        "--events",
                        "3",
                        "--clients",
                        "2",
                        "--rounds",
                        "2",
                        "--duration",
                        "300ms",
                        "--warmup",
                        "0s",
                        "--json",
                        json.toString()),
                extra));
    }

    @Test
    void measuresTheFreshCardThenTheDeepCardEachRoundAndReportsBothAndTheRatio() throws Exception {
        OpsRun run = deep();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> all = stub.received();
        long freshEvents = 1 + DeepStub.measured(all, "fresh-1");
        long deepEvents = 3 + DeepStub.measured(all, "deep-1");
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).matches(HEADER);
        assertThat(run.outLines().get(1))
                .matches("fresh +" + freshEvents + " +0\\.6 +\\d+ +[\\d.]+ +0 +0( +[\\d.]+){4}");
        assertThat(run.outLines().get(2)).matches("deep +" + deepEvents + " +0\\.6 +\\d+ +[\\d.]+ +0 +0( +[\\d.]+){4}");
        assertThat(run.outLines().get(3))
                .matches("deep/fresh credits/s: \\d+\\.\\d\\d \\(deep card deep-1: " + deepEvents + " events\\)");

        List<String> cardsInOrder = new ArrayList<>();
        for (StubServer.Received request : DeepStub.measurement(all)) {
            String cardId = request.path().split("/")[4];
            if (cardsInOrder.isEmpty()
                    || !cardsInOrder.get(cardsInOrder.size() - 1).equals(cardId)) {
                cardsInOrder.add(cardId);
            }
        }
        assertThat(cardsInOrder).containsExactly("fresh-1", "deep-1", "fresh-1", "deep-1");
        assertThat(DeepStub.reversedEntries(all, "fresh-1")).isNotEmpty().containsOnly("f-1");
        assertThat(run.errLines())
                .filteredOn(line -> line.startsWith("round "))
                .hasSize(4)
                .satisfiesExactly(
                        line -> assertThat(line).startsWith("round 1/2 fresh "),
                        line -> assertThat(line).startsWith("round 1/2 deep "),
                        line -> assertThat(line).startsWith("round 2/2 fresh "),
                        line -> assertThat(line).startsWith("round 2/2 deep "));

        JsonNode result = Json.MAPPER.readTree(json.toFile());
        JsonNode fresh = result.path("fresh");
        JsonNode deep = result.path("deep");
        assertThat(fresh.path("cardId").asText()).isEqualTo("fresh-1");
        assertThat(fresh.path("events").asLong()).isEqualTo(freshEvents);
        assertThat(deep.path("cardId").asText()).isEqualTo("deep-1");
        assertThat(deep.path("events").asLong()).isEqualTo(deepEvents);
        assertThat(fresh.path("durationSeconds").asDouble()).isEqualTo(0.6);
        assertThat(fresh.path("ops").asLong()).isPositive();
        assertThat(deep.path("ops").asLong()).isPositive();
        assertThat(deep.path("latencyMs").path("p99").asDouble()).isPositive();
        assertThat(result.path("ratio").asDouble())
                .isCloseTo(
                        deep.path("opsPerSecond").asDouble()
                                / fresh.path("opsPerSecond").asDouble(),
                        within(0.01));
        assertThat(result.path("perRound")).hasSize(2);
        assertThat(result.path("perRound").get(1).path("round").asInt()).isEqualTo(2);
        // Every credit started in the measured window is counted, and every credit there was one pair.
        assertThat(fresh.path("ops").asLong() * 2).isEqualTo(freshEvents - 1);
    }

    @Test
    void discardsTheWarmUpOfTheFirstRound() throws Exception {
        OpsRun run = deep("--rounds", "1", "--warmup", "300ms");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode fresh = Json.MAPPER.readTree(json.toFile()).path("fresh");
        long freshCredits = DeepStub.measurement(stub.received()).stream()
                .filter(r -> r.path().equals("/api/v1/cards/fresh-1/volunteer-hours"))
                .count();
        assertThat(fresh.path("warmupSeconds").asDouble()).isEqualTo(0.3);
        assertThat(fresh.path("ops").asLong()).isPositive().isLessThan(freshCredits);
        assertThat(fresh.path("events").asLong()).isEqualTo(1 + 2 * freshCredits);
    }

    @Test
    void countsFailedReversalsAsErrorsOfTheirCardKind() {
        stub.on("POST", "/api/v1/cards/fresh-1/entries/f-1/reversal", problem(500, "INTERNAL", "boom"));

        OpsRun run = deep();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1)).matches("fresh +\\d+ +0\\.6 +\\d+ +[\\d.]+ +0 +[1-9]\\d*( +[\\d.]+){4}");
        assertThat(run.outLines())
                .contains("errors fresh: reversal 500 INTERNAL "
                        + run.outLines().get(1).split(" +")[6]);
    }

    @Test
    void failsWhenACardHadNoSuccessfulCredit() {
        stub.on("POST", "/api/v1/cards/fresh-1/volunteer-hours", problem(503, "UNAVAILABLE", "database down"));

        OpsRun run = deep();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.outLines().get(1)).matches("fresh +1 +0\\.6 +0 +0\\.0 +0 +\\d+ +- +- +- +-");
        assertThat(run.outLines()).anyMatch(line -> line.matches("errors fresh: 503 UNAVAILABLE \\d+"));
        assertThat(run.outLines())
                .anyMatch(line -> line.matches("deep/fresh credits/s: - \\(deep card deep-1: \\d+ events\\)"));
        assertThat(run.errLines())
                .last()
                .asString()
                .matches("error: no credit to the fresh card succeeded: 503 UNAVAILABLE \\d+");
    }
}
