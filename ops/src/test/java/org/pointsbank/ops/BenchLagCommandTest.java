package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchLagCommandTest {

    @TempDir
    Path dir;

    private StubServer stub;
    private Path cardsFile;

    @BeforeEach
    void setUp() throws Exception {
        stub = StubServer.start();
        stub.on(
                "POST",
                "/api/v1/cards/c-1/volunteer-hours",
                json(201, "{\"cardId\":\"c-1\",\"points\":1,\"balance\":3}"));
        cardsFile = Files.writeString(dir.resolve("cards.csv"), "c-1,bench-01\n");
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun lag(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "lag"),
                List.of(
                        "--clients",
                        "1",
                        "--duration",
                        "300ms",
                        "--warmup",
                        "0s",
                        "--cards-file",
                        cardsFile.toString(),
                        "--sample-every",
                        "1"),
                extra));
    }

    @Test
    void measuresHowSoonTheReadModelShowsTheCreditedBalance() throws Exception {
        stub.on(
                "GET",
                "/api/v1/cards/c-1",
                json(200, "{\"cardId\":\"c-1\",\"balance\":2}"),
                json(200, "{\"cardId\":\"c-1\",\"balance\":3}"));
        Path json = dir.resolve("lag.json");

        OpsRun run = lag("--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(1)).startsWith("credit  closed");
        assertThat(run.outLines().get(3)).matches("LAG +SAMPLES +GAVE UP +P50 MS +P95 MS +P99 MS +P99\\.9 MS +MAX MS");
        assertThat(run.outLines().get(4)).matches("card_balance +\\d+ +0( +[\\d.]+){5}");
        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.path("credits").path("ops").asLong()).isPositive();
        assertThat(result.path("lag").path("samples").asLong())
                .isEqualTo(result.path("credits").path("ops").asLong());
        assertThat(result.path("lag").path("gaveUp").asLong()).isZero();
        assertThat(result.path("lag").path("latencyMs").path("max").asDouble()).isPositive();
    }

    @Test
    void givesUpOnSamplesThatNeverShow() throws Exception {
        stub.on("GET", "/api/v1/cards/c-1", json(200, "{\"cardId\":\"c-1\",\"balance\":0}"));
        Path json = dir.resolve("lag.json");

        OpsRun run = lag("--give-up-after", "50ms", "--duration", "100ms", "--json", json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode lag = Json.MAPPER.readTree(json.toFile()).path("lag");
        assertThat(lag.path("samples").asLong()).isPositive();
        assertThat(lag.path("gaveUp").asLong()).isEqualTo(lag.path("samples").asLong());
        assertThat(lag.path("latencyMs").path("p50").isNull()).isTrue();
    }
}
