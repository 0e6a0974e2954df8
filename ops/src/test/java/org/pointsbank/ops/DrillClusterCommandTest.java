package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code drill cluster} against two stub instances: the requests it sends where, and how it judges the ledger. */
class DrillClusterCommandTest {

    private static final String CREDITS = "/api/v1/cards/card-1/volunteer-hours";
    private static final String LINE = """
            {"entryId":"%s","type":"VOLUNTEER_HOURS","description":"%s","points":1}""";

    private StubServer a;
    private StubServer b;

    @BeforeEach
    void startStubs() throws Exception {
        a = StubServer.start();
        b = StubServer.start();
        for (StubServer stub : List.of(a, b)) {
            stub.on("POST", "/api/v1/stations", json(201, "{\"id\":\"drill-t1\"}"))
                    .on("POST", "/api/v1/cards", json(201, "{\"cardId\":\"card-1\"}"))
                    .on("POST", CREDITS, json(201, "{\"entryId\":\"e1\",\"points\":1}"))
                    .on("POST", "/api/v1/stations/drill-t1/gifts", json(201, "{\"giftId\":\"g1\"}"))
                    .on("GET", "/api/v1/cards/card-1", json(200, "{\"balance\":3,\"available\":3}"))
                    .on("GET", "/api/v1/cards/card-1/redemptions", json(200, "[]"))
                    .on("GET", "/api/v1/stations/drill-t1/gifts", json(200, "[{\"giftId\":\"g1\",\"stock\":10}]"))
                    .on("GET", "/api/v1/audit/reconciliation", json(200, "{\"ok\":true,\"differences\":[]}"))
                    .on("GET", "/api/v1/audit/verification", json(200, "{\"ok\":true,\"mismatches\":[]}"));
        }
    }

    @AfterEach
    void stopStubs() {
        a.close();
        b.close();
    }

    private void statement(String... descriptions) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < descriptions.length; i++) {
            lines.append(i == 0 ? "" : ",").append(LINE.formatted("e" + i, descriptions[i]));
        }
        a.on("GET", "/api/v1/cards/card-1/entries", json(200, "{\"entries\":[" + lines + "],\"nextCursor\":null}"));
    }

    private OpsRun drill(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--password",
                "pw",
                "drill",
                "cluster",
                "--urls",
                a.url() + "," + b.url(),
                "--run-id",
                "t1",
                "--clients",
                "1",
                "--credits",
                "2",
                "--cards",
                "1",
                "--redemptions",
                "0",
                "--settle",
                "0s"));
        args.addAll(List.of(extra));
        return OpsRun.of(args.toArray(String[]::new));
    }

    @Test
    void passesWhenEveryAcknowledgedCreditHasOneLineAndTheAuditsAgree() {
        statement("drill first credit", "drill t1-c0-0", "drill t1-c0-1");

        OpsRun run = drill("--resend-every", "0");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("answers      201: 2")
                .contains("0 of 2 requests needed a retry")
                .contains("service      exports none of pointsbank_cache_stale_total");
        assertThat(run.outLines()).last().isEqualTo("cluster drill OK");
        // alternating: the first credit to the first instance, the second to the other
        assertThat(a.received().stream().filter(r -> r.path().equals(CREDITS)).map(StubServer.Received::idempotencyKey))
                .containsExactly("t1-first-0", "t1-c0-0");
        assertThat(b.received().stream().filter(r -> r.path().equals(CREDITS)).map(StubServer.Received::idempotencyKey))
                .containsExactly("t1-c0-1");
    }

    @Test
    void anAcknowledgedCreditWithoutItsLineIsLostAndFailsTheDrill() {
        statement("drill first credit", "drill t1-c0-1");

        OpsRun run = drill("--resend-every", "0");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.out())
                .containsPattern("lost \\(acknowledged credit without its line\\) +1 +FAIL +credit t1-c0-0");
        assertThat(run.outLines()).last().asString().startsWith("cluster drill FAILED: lost");
    }

    @Test
    void aCreditSentAgainToTheOtherInstanceMustBeAnsweredTheSameEntry() {
        statement("drill first credit", "drill t1-c0-0", "drill t1-c0-1");
        b.on(
                "POST",
                CREDITS,
                json(201, "{\"entryId\":\"e1\",\"points\":1}"),
                json(201, "{\"entryId\":\"e2\",\"points\":1}"));

        OpsRun run = drill("--resend-every", "1");

        // credit 0 went to a, its resend to b (answered e1); credit 1 to b (e2), its resend to a (e1: another entry)
        assertThat(b.received().stream().map(StubServer.Received::idempotencyKey))
                .contains("t1-c0-0", "t1-c0-1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.out()).containsPattern("doubled .* +1 +FAIL +t1-c0-1: first e2, again 201 e1");
    }

    @Test
    void aConflictIsRetriedWithTheSameKeyOnTheOtherInstanceAndAServerErrorFailsTheDrill() {
        statement("drill first credit", "drill t1-c0-0", "drill t1-c0-1");
        a.on(
                "POST",
                CREDITS,
                json(201, "{\"entryId\":\"e0\",\"points\":1}"),
                problem(500, "INTERNAL", "boom"),
                json(201, "{\"entryId\":\"e1\",\"points\":1}"));
        b.on(
                "POST",
                CREDITS,
                problem(409, "CONCURRENT_MODIFICATION", "again"),
                json(201, "{\"entryId\":\"e2\",\"points\":1}"));

        OpsRun run = drill("--resend-every", "0");

        assertThat(run.out())
                .contains("500 INTERNAL: 1")
                .contains("409 CONCURRENT_MODIFICATION: 1")
                .contains("1 of 2 requests needed a retry (50.00 %)");
        // credit 0: 500 at a, 409 at b, 201 at a, always with its own key; credit 1 at once at b
        assertThat(a.received().stream().filter(r -> r.path().equals(CREDITS)).map(StubServer.Received::idempotencyKey))
                .containsExactly("t1-first-0", "t1-c0-0", "t1-c0-0");
        assertThat(b.received().stream().filter(r -> r.path().equals(CREDITS)).map(StubServer.Received::idempotencyKey))
                .containsExactly("t1-c0-0", "t1-c0-1");
        assertThat(run.out()).containsPattern("server errors \\(5xx or no answer\\) +1 +FAIL");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DISCREPANCY);
    }

    @Test
    void reportsTheServicesStaleCacheCountsOverTheDrillSummedOverTheInstances() {
        statement("drill first credit", "drill t1-c0-0", "drill t1-c0-1");
        String before =
                "# TYPE pointsbank_cache_stale_total counter\npointsbank_cache_stale_total{aggregate=\"Card\"} 3.0\n";
        a.on(
                "GET",
                "/actuator/prometheus",
                new StubServer.Reply(200, "text/plain", before),
                new StubServer.Reply(
                        200,
                        "text/plain",
                        before.replace("3.0", "5.0") + "pointsbank_cache_stale_total{aggregate=\"Gift\"} 1.0\n"));
        b.on(
                "GET",
                "/actuator/prometheus",
                new StubServer.Reply(200, "text/plain", before),
                new StubServer.Reply(200, "text/plain", before.replace("3.0", "4.0")));

        OpsRun run = drill("--resend-every", "0");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("service      pointsbank_cache_stale_total 4 (200.00 % of requests)\n");
    }

    @Test
    void reconciliationDifferencesFailTheDrill() {
        statement("drill first credit", "drill t1-c0-0", "drill t1-c0-1");
        a.on("GET", "/api/v1/audit/reconciliation", json(200, """
                {"ok":false,"cardsChecked":1,"differences":[{"cardId":"card-1","logBalance":3,"readModelBalance":2}]}"""));

        OpsRun run = drill("--resend-every", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.out()).containsPattern("reconciliation differences +1 +FAIL");
    }
}
