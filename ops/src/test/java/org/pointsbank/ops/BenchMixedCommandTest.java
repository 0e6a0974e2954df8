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

class BenchMixedCommandTest {

    private static final String CARD =
            "{\"cardId\":\"c-1\",\"stationId\":\"bench-01\",\"status\":\"ACTIVE\",\"balance\":3}";
    private static final String CREDITED = "{\"cardId\":\"c-1\",\"points\":1,\"balance\":4}";

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
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "mixed"),
                List.of(
                        "--credit-rate",
                        "20",
                        "--read-rate",
                        "40",
                        "--clients",
                        "2",
                        "--credit-clients",
                        "2",
                        "--duration",
                        "500ms",
                        "--warmup",
                        "0s",
                        "--cards-file",
                        cardsFile.toString()),
                extra));
    }

    @Test
    void creditsAndReadsAtTheirRatesAtOnceAndReportsEachStream() throws Exception {
        stub.on("POST", "/api/v1/cards/c-1/volunteer-hours", json(201, CREDITED));
        stub.on("GET", "/api/v1/cards/c-1", json(200, CARD));
        Path json = dir.resolve("mixed.json");

        OpsRun run = run("--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).matches("credit +fixed +2 +20\\.0 +0\\.5 +10 +20\\.0 +0 +0( +[\\d.]+){5}");
        assertThat(run.outLines().get(2)).matches("read +fixed +2 +40\\.0 +0\\.5 +20 +40\\.0 +0 +0( +[\\d.]+){5}");
        List<StubServer.Received> received = stub.received();
        assertThat(received)
                .filteredOn(r -> r.method().equals("POST"))
                .hasSize(10)
                .allSatisfy(r -> {
                    assertThat(r.idempotencyKey()).isNotNull();
                    assertThat(r.body()).contains("\"minutes\":6");
                });
        assertThat(received).filteredOn(r -> r.method().equals("GET")).hasSize(20);
        assertThat(received).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Basic YWRtaW46cHc="));
        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.path("credit").path("op").asText()).isEqualTo("credit");
        assertThat(result.path("credit").path("ops").asLong()).isEqualTo(10);
        assertThat(result.path("read").path("ops").asLong()).isEqualTo(20);
        String line = Files.readAllLines(cardsFile).get(1);
        int minutes = Arrays.stream(line.split(",", -1)[2].split(" "))
                .mapToInt(s -> Integer.parseInt(s.split("=")[1]))
                .sum();
        assertThat(minutes).as("the minutes remembered").isEqualTo(60);
    }

    @Test
    void measuresBaselineCCreditsWithCredentialsAndAKeyEach() {
        stub.on("POST", "/api/v1/bench/baseline-c/cards/c-1/volunteer-hours", json(201, CREDITED));
        stub.on("GET", "/bench/baseline/cards/c-1", json(200, "{\"card_id\":\"c-1\",\"balance\":3}"));

        OpsRun run = run("--credit-op", "baseline-c-credit", "--read-op", "baseline-read");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1)).startsWith("baseline-c-credit ");
        assertThat(stub.received()).filteredOn(r -> r.method().equals("POST")).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Basic YWRtaW46cHc=");
            assertThat(r.idempotencyKey()).isNotNull();
        });
        assertThat(stub.received())
                .filteredOn(r -> r.method().equals("GET"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authorization()).isNull());
    }

    @Test
    void failsWhenOneStreamNeverSucceeded() {
        stub.on("POST", "/api/v1/cards/c-1/volunteer-hours", json(201, CREDITED));
        stub.on("GET", "/api/v1/cards/c-1", problem(503, "UNAVAILABLE", "database down"));

        OpsRun run = run();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.outLines()).anyMatch(l -> l.matches("errors read: 503 UNAVAILABLE 20"));
        assertThat(run.errLines()).last().asString().startsWith("error: no read succeeded");
    }

    @Test
    void refusesBadUsageBeforeSendingAnything() {
        assertThat(run("--credit-op", "read").err()).contains("--credit-op must be credit, baseline-credit or");
        assertThat(run("--read-op", "credit").err()).contains("--read-op must be read or baseline-read");
        assertThat(run("--read-rate", "0").err()).contains("--credit-rate and --read-rate must be positive");
        assertThat(run("--clients", "0").err()).contains("must be at least 1");
        assertThat(stub.received()).isEmpty();
    }
}
