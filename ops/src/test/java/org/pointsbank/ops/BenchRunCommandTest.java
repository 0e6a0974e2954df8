package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunCommandTest {

    private static final String HEADER =
            "OP +MODE +CLIENTS +RATE +SECONDS +OPS +OPS/S +CAP +ERRORS +P50 MS +P95 MS +P99 MS +P99\\.9 MS +MAX MS";
    private static final String CARD =
            "{\"cardId\":\"c-1\",\"stationId\":\"bench-01\",\"status\":\"ACTIVE\",\"balance\":3}";

    @TempDir
    Path dir;

    private StubServer stub;
    private Path cardsFile;

    @BeforeEach
    void setUp() throws Exception {
        stub = StubServer.start();
        cardsFile =
                Files.writeString(dir.resolve("cards.csv"), "card_id,station_id,volunteer_minutes\nc-1,bench-01,\n");
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun run(String... extra) {
        // no warm-up: the first calls of a cold JVM can outlast a short one, and then none would count
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "bench", "run"),
                List.of(
                        "--clients",
                        "2",
                        "--duration",
                        "300ms",
                        "--warmup",
                        "0s",
                        "--cards-file",
                        cardsFile.toString()),
                extra));
    }

    @Test
    void readsClosedLoopAndReportsATableAndJson() throws Exception {
        stub.on("GET", "/api/v1/cards/c-1", json(200, CARD));
        Path json = dir.resolve("out/read.json");

        OpsRun run = run("--op", "read", "--password", "secret", "--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).matches(HEADER);
        assertThat(run.outLines().get(1)).matches("read +closed +2 +- +0\\.3 +\\d+ +[\\d.]+ +0 +0( +[\\d.]+){5}");
        assertThat(stub.received())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Basic YWRtaW46c2VjcmV0"));
        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.path("op").asText()).isEqualTo("read");
        assertThat(result.path("ops").asLong()).isPositive();
        assertThat(result.path("latencyMs").path("p99").asDouble()).isPositive();
    }

    @Test
    void creditsWithAFreshKeyEachCountsCapsApartAndRemembersTheMinutes() throws Exception {
        stub.on(
                "POST",
                "/api/v1/cards/c-1/volunteer-hours",
                problem(422, "DAILY_LIMIT_EXCEEDED", "full"),
                json(201, "{\"cardId\":\"c-1\",\"points\":1,\"balance\":4}"));

        OpsRun run = run("--op", "credit", "--password", "secret");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1)).matches("credit +closed +2 +- +0\\.3 +\\d+ +[\\d.]+ +1 +0( +[\\d.]+){5}");
        List<StubServer.Received> credits = stub.received();
        assertThat(credits)
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(credits)
                .allSatisfy(r -> assertThat(r.body()).contains("\"stationId\":\"bench-01\"", "\"minutes\":6"));
        String line = Files.readAllLines(cardsFile).get(1);
        int minutes = Arrays.stream(line.split(",", -1)[2].split(" "))
                .mapToInt(s -> Integer.parseInt(s.split("=")[1]))
                .sum();
        // every request reserved 6 minutes; the refused one marked its day full (720)
        assertThat(minutes).isEqualTo((credits.size() - 1) * 6 + 720);
    }

    @Test
    void runsTheBaselineWithoutCredentials() {
        stub.on("GET", "/bench/baseline/cards/c-1", json(200, "{\"card_id\":\"c-1\",\"balance\":3}"));

        OpsRun run = run("--op", "baseline-read");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(stub.received()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/bench/baseline/cards/c-1");
            assertThat(r.authorization()).isNull();
        });
    }

    @Test
    void postsBaselineCreditsWithoutKeyOrCredentials() {
        stub.on("POST", "/bench/baseline/credits/c-1", json(201, "{\"cardId\":\"c-1\",\"sequence\":7}"));

        OpsRun run = run("--op", "baseline-credit");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(stub.received()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.authorization()).isNull();
            assertThat(r.idempotencyKey()).isNull();
            assertThat(r.body()).contains("\"minutes\":6", "\"occurredOn\":");
        });
    }

    @Test
    void postsBaselineCCreditsWithCredentialsAndAFreshKeyEach() {
        stub.on(
                "POST",
                "/api/v1/bench/baseline-c/cards/c-1/volunteer-hours",
                json(201, "{\"cardId\":\"c-1\",\"points\":1,\"balance\":4}"));

        OpsRun run = run("--op", "baseline-c-credit", "--password", "secret");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1))
                .matches("baseline-c-credit +closed +2 +- +0\\.3 +\\d+ +[\\d.]+ +0 +0( +[\\d.]+){5}");
        List<StubServer.Received> credits = stub.received();
        assertThat(credits)
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(credits).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Basic YWRtaW46c2VjcmV0");
            assertThat(r.body()).contains("\"stationId\":\"bench-01\"", "\"minutes\":6", "\"occurredOn\":");
        });
    }

    @Test
    void runsAtAFixedRate() {
        stub.on("GET", "/api/v1/cards/c-1", json(200, CARD));

        OpsRun run = run("--op", "read", "--password", "pw", "--mode", "fixed", "--rate", "100", "--duration", "500ms");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1)).matches("read +fixed +2 +100\\.0 +0\\.5 +50 +100\\.0 +0 +0( +[\\d.]+){5}");
        assertThat(stub.received()).hasSize(50);
    }

    @Test
    void countsErrorsByStatusAndFailsWhenNothingSucceeded() {
        stub.on("GET", "/api/v1/cards/c-1", problem(503, "UNAVAILABLE", "database down"));

        OpsRun run = run("--op", "read", "--password", "pw");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.outLines().get(2)).matches("errors read: 503 UNAVAILABLE \\d+");
        assertThat(run.errLines()).last().asString().matches("error: no read succeeded: 503 UNAVAILABLE \\d+");
    }

    @Test
    void refusesBadUsageBeforeSendingAnything() {
        assertThat(run("--op", "read", "--mode", "fixed").err()).contains("--mode fixed needs --rate");
        assertThat(run("--op", "read", "--rate", "5").err()).contains("--rate goes with --mode fixed");
        assertThat(run("--op", "write").err())
                .contains("'write' is not an operation (one of credit, read, "
                        + "baseline-credit, baseline-c-credit, baseline-read, jdbc-credit, jdbc-read)");
        assertThat(run("--op", "jdbc-read").err()).contains("--op jdbc-read needs --jdbc-url");
        assertThat(run("--op", "read", "--mode", "open").err()).contains("--mode must be closed or fixed");
        assertThat(run("--op", "read", "--mode", "fixed").exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void asksForASeedWhenThereIsNoCardsFile() {
        OpsRun run = OpsRun.of(
                "--url",
                stub.url(),
                "bench",
                "run",
                "--op",
                "baseline-read",
                "--cards-file",
                dir.resolve("missing.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("error: cannot read the cards file")
                .endsWith("run `bench seed` first, or pass --cards-file");
    }
}
