package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureReportingTest {

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
    void printsTheProblemCodeAndDetailOfARejection() {
        stub.on("GET", "/api/v1/audit/verification", problem(401, "UNAUTHENTICATED", "sign in first (basic)"));

        OpsRun run = OpsRun.of("--url", stub.url(), "--password", "wrong", "verify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: 401 UNAUTHENTICATED: sign in first (basic)");
    }

    @Test
    void acceptsGlobalOptionsAfterTheSubcommand() {
        stub.on("GET", "/api/v1/audit/reconciliation", problem(403, "FORBIDDEN", "you may not do this"));

        OpsRun run = OpsRun.of("reconcile", "--url", stub.url(), "--user", "auditor", "--password", "pw");

        assertThat(run.errLines()).containsExactly("error: 403 FORBIDDEN: you may not do this");
        assertThat(stub.received())
                .singleElement()
                .extracting(StubServer.Received::authorization)
                .isEqualTo("Basic YXVkaXRvcjpwdw==");
    }

    @Test
    void quotesTheBodyOfAnAnswerThatIsNotAProblemDocument() {
        stub.on(
                "GET",
                "/api/v1/admin/projections",
                new StubServer.Reply(502, "text/html", "<html>\n<h1>Bad Gateway</h1></html>"));

        OpsRun run = OpsRun.of("--url", stub.url(), "--password", "pw", "projections");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .containsExactly("error: 502 UNEXPECTED_RESPONSE: <html> <h1>Bad Gateway</h1></html>");
    }

    @Test
    void explainsAnAnswerItCannotRead() {
        stub.on("GET", "/api/v1/audit/reconciliation", json(200, "{\"ok\":"));

        OpsRun run = OpsRun.of("--url", stub.url(), "--password", "pw", "reconcile");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err())
                .startsWith("error: unexpected answer from GET " + stub.url() + "/api/v1/audit/reconciliation");
    }

    @Test
    void explainsARefusedConnection() {
        String url = stub.url();
        stub.close();

        OpsRun run = OpsRun.of("--url", url, "--password", "pw", "projections");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .containsExactly("error: cannot connect to " + url
                        + " (connection refused): is the service running, and is --url (POINTSBANK_URL) right?");
    }

    @Test
    void badUsageExitsWithOneNotTheDiscrepancyCode() {
        assertThat(OpsRun.of("rebuild", "card_balance", "--timeout", "soon").exitCode())
                .isEqualTo(ExitCodes.ERROR);
        assertThat(OpsRun.of("no-such-command").exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(OpsRun.of().exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void insistsOnAnHttpUrl() {
        OpsRun run = OpsRun.of("--url", "localhost:8080", "--password", "pw", "verify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines()).first().isEqualTo("--url must start with http:// or https://, not: localhost:8080");
    }

    @Test
    void asksForAPasswordItCannotPromptFor() {
        assumeTrue(
                System.console() == null && System.getenv("POINTSBANK_PASSWORD") == null,
                "needs no terminal and no POINTSBANK_PASSWORD");

        OpsRun run = OpsRun.of("--url", stub.url(), "verify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .containsExactly(
                        "error: no password: pass --password, set POINTSBANK_PASSWORD, or run in a terminal to be asked");
        assertThat(stub.received()).isEmpty();
    }
}
