package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {

    private static final String VERIFICATION = "/api/v1/audit/verification";

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun verify() {
        return OpsRun.of("--url", stub.url(), "--password", "secret", "verify");
    }

    @Test
    void passesWhenTheChainIsIntact() {
        stub.on("GET", VERIFICATION, json(200, """
                {"ok":true,"eventsChecked":4567,"verifiedThrough":4567,"head":"9f86d081","firstMismatch":null}"""));

        OpsRun run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines())
                .containsExactly("verification OK: 4567 events checked, chain verified through 4567, head 9f86d081");
    }

    @Test
    void saysHowManyEventsBeyondTheChainsHeadVerifiedByTheirSeals() {
        stub.on("GET", VERIFICATION, json(200, """
                {"ok":true,"eventsChecked":4567,"verifiedThrough":4560,"head":"9f86d081","chainLag":7}"""));

        OpsRun run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines())
                .containsExactly("verification OK: 4567 events checked, chain verified through 4560, head 9f86d081,"
                        + " 7 later events verified by their seals");
    }

    @Test
    void namesTheFirstMismatchAndExitsWithTwo() {
        stub.on("GET", VERIFICATION, json(200, """
                {"ok":false,"eventsChecked":4567,"verifiedThrough":41,"head":"9f86d081",
                 "firstMismatch":{"position":42,"eventIdentifier":"e-42","problem":"EDITED"}}"""));

        OpsRun run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.outLines())
                .containsExactly(
                        "verification FAILED: EDITED event at position 42 (event e-42)",
                        "4567 events checked, chain verified through 41, head 9f86d081");
    }
}
