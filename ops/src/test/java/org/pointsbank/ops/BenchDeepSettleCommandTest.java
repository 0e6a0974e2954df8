package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench deep --months}: a fill dated in earlier months, the months closed, then a credit dated today. */
class BenchDeepSettleCommandTest {

    private static final Pattern OCCURRED_ON = Pattern.compile("\"occurredOn\":\"([0-9-]+)\"");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private StubServer stub;
    private YearMonth previous;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        DeepStub.cardsAndFreshCredits(stub);
        DeepStub.deepEntries(stub, 5);
        previous = YearMonth.now(SHANGHAI).minusMonths(1);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun deep(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "deep"),
                List.of(
                        "--events",
                        "7",
                        "--clients",
                        "1",
                        "--rounds",
                        "1",
                        "--duration",
                        "200ms",
                        "--warmup",
                        "0s",
                        "--months",
                        "1",
                        "--json",
                        dir.resolve("deep.json").toString()),
                extra));
    }

    private String close() {
        return "/api/v1/periods/" + previous + "/close";
    }

    @Test
    void datesTheFillInThePreviousMonthClosesItThenCreditsTodayBeforeTheRounds() throws Exception {
        stub.on("POST", close(), json(201, "{\"period\":\"" + previous + "\",\"status\":\"CLOSED\"}"));

        OpsRun run = deep();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> fill = DeepStub.fill(stub.received());
        int closeAt = indexOf(fill, close());
        List<StubServer.Received> before = fill.subList(0, closeAt);
        List<StubServer.Received> after = fill.subList(closeAt + 1, fill.size());
        List<LocalDate> backdated = dates(before);
        assertThat(backdated)
                .hasSize(3)
                .isSorted()
                .allSatisfy(day -> assertThat(YearMonth.from(day)).isEqualTo(previous));
        assertThat(DeepStub.reversedEntries(before, "deep-1")).containsExactlyInAnyOrder("e-1", "e-2", "e-3");
        assertThat(fill.get(closeAt).body()).isEqualTo("{}");
        assertThat(fill.get(closeAt).idempotencyKey()).isNotBlank();
        assertThat(after)
                .extracting(StubServer.Received::path)
                .containsExactly(BenchDeepCommandTest.DEEP_CREDIT, "/api/v1/cards/deep-1/entries/e-4/reversal");
        assertThat(YearMonth.from(dates(after).get(0))).isEqualTo(YearMonth.now(SHANGHAI));
        JsonNode result = Json.MAPPER.readTree(dir.resolve("deep.json").toFile());
        assertThat(result.path("months").asInt()).isEqualTo(1);
        JsonNode closes = result.path("settle").path("closes");
        assertThat(closes).hasSize(1);
        assertThat(closes.get(0).path("period").asText()).isEqualTo(previous.toString());
        assertThat(closes.get(0).path("closedNow").asBoolean()).isTrue();
        assertThat(result.path("settle").path("creditMillis").isNumber()).isTrue();
        assertThat(result.path("deep").path("events").asLong())
                .isEqualTo(7 + 2 + DeepStub.measured(stub.received(), "deep-1"));
        assertThat(run.err()).contains("bench deep: month " + previous + " closed in ");
    }

    @Test
    void takesAMonthClosedBeforeAsClosedAndSendsARateLimitedCloseAgainWithTheSameKey() throws Exception {
        stub.on(
                "POST",
                close(),
                problem(429, "RATE_LIMITED", "a scan is running"),
                problem(409, "PERIOD_ALREADY_CLOSED", "closed"));

        OpsRun run = deep();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> closes =
                stub.received().stream().filter(r -> r.path().equals(close())).toList();
        assertThat(closes).hasSize(2);
        assertThat(closes.get(1).idempotencyKey()).isEqualTo(closes.get(0).idempotencyKey());
        JsonNode result = Json.MAPPER.readTree(dir.resolve("deep.json").toFile());
        assertThat(result.path("settle").path("closes").get(0).path("closedNow").asBoolean())
                .isFalse();
        assertThat(run.err()).contains("month " + previous + " was closed already");
    }

    @Test
    void failsWhenTheMonthCannotBeClosedAndMeasuresNothing() {
        stub.on("POST", close(), problem(422, "PERIOD_NOT_ENDED", "not over"));

        OpsRun run = deep();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: closing month " + previous + " answered 422 PERIOD_NOT_ENDED: not over");
        assertThat(stub.received()).noneMatch(r -> r.path().startsWith("/api/v1/cards/fresh-1/"));
    }

    @Test
    void refusesMonthsTheBackdatingLimitCannotReach() {
        OpsRun run = deep("--max-backdating-days", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--months: no day of the previous 1 month(s) is within 1 days of");
        assertThat(stub.received()).noneMatch(r -> r.path().startsWith("/api/v1/cards/deep-1/"));
    }

    private static int indexOf(List<StubServer.Received> requests, String path) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new AssertionError("no " + path + " in " + requests);
    }

    private static List<LocalDate> dates(List<StubServer.Received> requests) {
        return requests.stream()
                .filter(r -> r.path().equals(BenchDeepCommandTest.DEEP_CREDIT))
                .map(r -> {
                    Matcher day = OCCURRED_ON.matcher(r.body());
                    assertThat(day.find()).as(r.body()).isTrue();
                    return LocalDate.parse(day.group(1));
                })
                .toList();
    }
}
