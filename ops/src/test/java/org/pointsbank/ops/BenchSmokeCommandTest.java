package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BenchSmokeCommandTest {

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        stub.on("POST", "/api/v1/stations", problem(409, "STATION_ALREADY_EXISTS", "exists"))
                .on("POST", "/api/v1/cards", json(201, "{\"cardId\":\"card-1\",\"stationId\":\"bench-01\"}"))
                .on("POST", "/api/v1/cards/card-1/volunteer-hours", json(201, "{\"cardId\":\"card-1\",\"balance\":1}"))
                .on("POST", "/api/v1/cards/card-1/study-sessions", json(201, "{\"cardId\":\"card-1\",\"balance\":6}"));
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun smoke() {
        return OpsRun.of("--url", stub.url(), "--password", "pw", "bench", "smoke", "--duration", "200ms");
    }

    @Test
    void passesWhenCreditAndReadBothWorked() {
        stub.on("GET", "/api/v1/cards/card-1", json(200, "{\"cardId\":\"card-1\",\"balance\":1}"));

        OpsRun run = smoke();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).first().asString().startsWith("seeded 1 stations, 5 cards in ");
        assertThat(run.outLines()).first().asString().contains(" 50 credits ");
        assertThat(run.outLines().get(2)).startsWith("credit  closed        2");
        assertThat(run.outLines().get(3)).startsWith("read    closed        2");
        assertThat(run.outLines()).last().isEqualTo("smoke OK");
    }

    @Test
    void failsWhenAnOperationHadErrors() {
        stub.on("GET", "/api/v1/cards/card-1", json(200, "{\"balance\":1}"), problem(500, "INTERNAL", "boom"));

        OpsRun run = smoke();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .asString()
                .matches("error: smoke FAILED: read had \\d+ errors \\(500 INTERNAL \\d+\\)");
    }
}
