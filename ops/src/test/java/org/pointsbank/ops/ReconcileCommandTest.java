package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconcileCommandTest {

    private static final String RECONCILIATION = "/api/v1/audit/reconciliation";

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun reconcile() {
        return OpsRun.of("--url", stub.url(), "--password", "secret", "reconcile");
    }

    @Test
    void passesWhenBalancesAgree() {
        stub.on("GET", RECONCILIATION, json(200, """
                {"ok":true,"cardsChecked":123,"checkedThrough":4567,"differences":[]}"""));

        OpsRun run = reconcile();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).containsExactly("reconciliation OK: 123 cards checked through event 4567");
    }

    @Test
    void listsDifferencesAndExitsWithTwo() {
        stub.on("GET", RECONCILIATION, json(200, """
                {"ok":false,"cardsChecked":123,"checkedThrough":4567,"differences":[
                  {"cardId":"4f1c2a9e-card","logBalance":10,"readModelBalance":0,"logReserved":5,"readModelReserved":0},
                  {"cardId":"b7","logBalance":250,"readModelBalance":300}]}"""));

        OpsRun run = reconcile();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.outLines())
                .containsExactly(
                        "reconciliation FAILED: 2 differences in 123 cards checked through event 4567",
                        "",
                        "CARD           LOG BALANCE  READ MODEL BALANCE  DIFFERENCE  HELD (LOG / MODEL)",
                        "4f1c2a9e-card           10                   0         -10               5 / 0",
                        "b7                     250                 300         +50");
    }

    @Test
    void trustsTheListOverTheFlag() {
        stub.on("GET", RECONCILIATION, json(200, """
                {"ok":true,"cardsChecked":1,"checkedThrough":9,"differences":[
                  {"cardId":"c1","logBalance":1,"readModelBalance":2}]}"""));

        OpsRun run = reconcile();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DISCREPANCY);
        assertThat(run.outLines())
                .first()
                .isEqualTo("reconciliation FAILED: 1 difference in 1 cards checked through event 9");
    }
}
