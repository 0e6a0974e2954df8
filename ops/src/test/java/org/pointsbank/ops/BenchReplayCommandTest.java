package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.pointsbank.ops.StubServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReplayCommandTest {

    private static final String STATUS = "/api/v1/admin/projections/card_balance";

    @TempDir
    Path dir;

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void timesTheRebuildFromTheRequestUntilLiveWithNoLag() throws Exception {
        stub.on("POST", STATUS + "/rebuild", json(202, ""))
                .on(
                        "GET",
                        STATUS,
                        json(
                                200,
                                "{\"name\":\"card_balance\",\"status\":\"REBUILDING\",\"position\":400,\"head\":1000,\"lag\":600}"),
                        json(
                                200,
                                "{\"name\":\"card_balance\",\"status\":\"LIVE\",\"position\":1000,\"head\":1000,\"lag\":0}"));
        Path json = dir.resolve("replay.json");

        OpsRun run = OpsRun.of(
                "--url",
                stub.url(),
                "--password",
                "pw",
                "bench",
                "replay",
                "--poll-interval",
                "10ms",
                "--json",
                json.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).isEqualTo("PROJECTION    EVENTS  SECONDS  EVENTS/S");
        assertThat(run.outLines().get(1)).matches("card_balance +1000 +\\d+\\.\\d\\d +\\d+");
        assertThat(stub.received())
                .extracting(StubServer.Received::method, StubServer.Received::path)
                .containsExactly(tuple("POST", STATUS + "/rebuild"), tuple("GET", STATUS), tuple("GET", STATUS));
        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.path("projection").asText()).isEqualTo("card_balance");
        assertThat(result.path("events").asLong()).isEqualTo(1000);
        assertThat(result.path("seconds").asDouble()).isPositive();
        assertThat(result.path("eventsPerSecond").asDouble())
                .isCloseTo(
                        1000 / result.path("seconds").asDouble(), org.assertj.core.api.Assertions.withinPercentage(5));
    }
}
