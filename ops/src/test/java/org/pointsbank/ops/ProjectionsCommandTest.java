package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectionsCommandTest {

    private static final String PROJECTIONS = "/api/v1/admin/projections";

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
    void printsAnAlignedTable() {
        stub.on("GET", PROJECTIONS, json(200, """
                [{"name":"card_balance","status":"REBUILDING","position":450123,"head":1000000,"lag":549877},
                 {"name":"ranking","status":"LIVE","position":1000000,"head":1000000,"lag":0},
                 {"name":"audit","status":"REBUILDING","position":null,"head":1000000,"lag":1000000}]"""));

        OpsRun run = OpsRun.of("--url", stub.url(), "--password", "secret", "projections");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "NAME          STATUS      POSITION     HEAD      LAG",
                        "card_balance  REBUILDING    450123  1000000   549877",
                        "ranking       LIVE         1000000  1000000        0",
                        "audit         REBUILDING         -  1000000  1000000");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void saysSoWhenThereAreNone() {
        stub.on("GET", PROJECTIONS, json(200, "[]"));

        OpsRun run = OpsRun.of("--url", stub.url(), "--password", "secret", "projections");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("no projections");
    }
}
