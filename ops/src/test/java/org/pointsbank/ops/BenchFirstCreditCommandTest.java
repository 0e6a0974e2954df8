package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench first-credit}: a read, then the card's first credits one after the other, each timed. */
class BenchFirstCreditCommandTest {

    private static final String CREDIT = "/api/v1/cards/deep-1/volunteer-hours";

    @TempDir
    Path dir;

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        stub.on("GET", "/api/v1/stations", json(200, "[]"));
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun firstCredit(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "first-credit"),
                List.of("--card", "deep-1", "--json", dir.resolve("first.json").toString()),
                extra));
    }

    @Test
    void readsOnceThenTimesEachCreditInOrder() throws Exception {
        stub.on("POST", CREDIT, json(201, DeepStub.entry("e-1", "deep-1")));

        OpsRun run = firstCredit("--credits", "3", "--station", "st-9");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(stub.received())
                .extracting(StubServer.Received::path)
                .containsExactly("/api/v1/stations", CREDIT, CREDIT, CREDIT);
        assertThat(stub.received().subList(1, 4))
                .allSatisfy(r -> assertThat(r.body()).contains("\"stationId\":\"st-9\"", "\"minutes\":6"))
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(run.out().lines().toList()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).matches("card deep-1: GET /stations \\d+\\.\\d ms");
            assertThat(lines.get(1)).matches("credit 1: \\d+\\.\\d ms");
            assertThat(lines.get(3)).matches("credit 3: \\d+\\.\\d ms");
        });
        JsonNode result = Json.MAPPER.readTree(dir.resolve("first.json").toFile());
        assertThat(result.path("cardId").asText()).isEqualTo("deep-1");
        assertThat(result.path("creditMillis"))
                .hasSize(3)
                .allSatisfy(ms -> assertThat(ms.isNumber()).isTrue());
        assertThat(result.has("snapshotBytesBefore")).isFalse();
    }

    @Test
    void failsOnARefusedCreditWithWhatTheServiceSaid() {
        stub.on("POST", CREDIT, problem(404, "CARD_NOT_FOUND", "no card deep-1"));

        OpsRun run = firstCredit();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: crediting card deep-1 answered 404 CARD_NOT_FOUND: no card deep-1");
        assertThat(stub.received()).filteredOn(r -> r.path().equals(CREDIT)).hasSize(1);
    }

    @Test
    void refusesNoCreditsBeforeSendingAnything() {
        OpsRun run = firstCredit("--credits", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--credits must be at least 1");
        assertThat(stub.received()).isEmpty();
    }
}
