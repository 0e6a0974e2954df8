package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebuildCommandTest {

    private static final String STATUS = "/api/v1/admin/projections/card_balance";
    private static final String REBUILD = STATUS + "/rebuild";

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun rebuild(String... extra) {
        String[] args = {
            "--url", stub.url(), "--password", "secret", "rebuild", "card_balance", "--poll-interval", "10ms"
        };
        String[] all = Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return OpsRun.of(all);
    }

    private static StubServer.Reply status(String status, Long position, long head, Double rate) {
        long lag = head - (position == null ? 0 : position);
        return json(200, """
                {"name":"card_balance","status":"%s","position":%s,"head":%d,"lag":%d,"eventsPerSecond":%s}""".formatted(status, position, head, lag, rate));
    }

    @Test
    void startsTheRebuildAndFollowsItUntilLive() {
        stub.on("POST", REBUILD, json(202, ""))
                .on(
                        "GET",
                        STATUS,
                        status("REBUILDING", null, 1000, null),
                        status("REBUILDING", 450L, 1000, 100.0),
                        status("LIVE", 1000L, 1000, 120.0));

        OpsRun run = rebuild();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.errLines())
                .containsExactly(
                        "card_balance [--------------------]   0% 0/1000 events  -- ev/s  eta --",
                        "card_balance [####################] 100% 1000/1000 events  120 ev/s  eta 0s");
        assertThat(run.outLines())
                .singleElement()
                .asString()
                .matches("card_balance rebuilt: LIVE at position 1000, 1000 events in \\S+, \\d+ ev/s on average");
        assertThat(stub.received())
                .extracting(StubServer.Received::method, StubServer.Received::path)
                .containsExactly(
                        tuple("POST", REBUILD), tuple("GET", STATUS), tuple("GET", STATUS), tuple("GET", STATUS));
    }

    @Test
    void signsEveryRequestWithBasicAuth() {
        stub.on("POST", REBUILD, json(202, "")).on("GET", STATUS, status("LIVE", 5L, 5, 1.0));

        rebuild();

        String expected = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes());
        assertThat(stub.received())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(expected));
    }

    @Test
    void sendsTheRebuildWithAnIdempotencyKeyAsTheServiceRequires() {
        stub.on("POST", REBUILD, json(202, "")).on("GET", STATUS, status("LIVE", 5L, 5, 1.0));

        rebuild();

        assertThat(stub.received().get(0).idempotencyKey()).startsWith("ops-");
    }

    @Test
    void keepsWaitingWhileLiveButStillLagging() {
        stub.on("POST", REBUILD, json(202, ""))
                .on("GET", STATUS, status("LIVE", 990L, 1000, 50.0), status("LIVE", 1000L, 1000, 50.0));

        OpsRun run = rebuild();

        assertThat(run.exitCode()).isZero();
        assertThat(stub.received()).filteredOn(r -> r.method().equals("GET")).hasSize(2);
    }

    @Test
    void givesUpWithExitCodeOneAfterTheTimeout() {
        stub.on("POST", REBUILD, json(202, "")).on("GET", STATUS, status("REBUILDING", 450L, 1000, 0.0));

        OpsRun run = rebuild("--timeout", "100ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: card_balance is not live after 0.1s (status REBUILDING, position 450 of 1000)");
    }

    @Test
    void reportsAnUnknownProjectionWithoutPolling() {
        stub.on("POST", REBUILD, problem(404, "PROJECTION_NOT_FOUND", "no projection named card_balance"));

        OpsRun run = rebuild();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err())
                .isEqualToIgnoringNewLines("error: 404 PROJECTION_NOT_FOUND: no projection named card_balance");
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void escapesTheProjectionNameInThePath() {
        OpsRun run =
                OpsRun.of("--url", stub.url(), "--password", "x", "rebuild", "../cards?x", "--poll-interval", "10ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(stub.received())
                .singleElement()
                .extracting(StubServer.Received::path)
                .isEqualTo("/api/v1/admin/projections/..%2Fcards%3Fx/rebuild");
    }

    @Test
    void rejectsAZeroPollIntervalAsBadUsage() {
        OpsRun run =
                OpsRun.of("--url", stub.url(), "--password", "x", "rebuild", "card_balance", "--poll-interval", "0ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--poll-interval must be positive");
        assertThat(stub.received()).isEmpty();
    }
}
