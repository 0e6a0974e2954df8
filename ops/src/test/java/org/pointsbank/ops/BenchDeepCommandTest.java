package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bench deep}: the fill of the deep card (exact, retried, refused) and how a card is reused. */
class BenchDeepCommandTest {

    static final String DEEP_CREDIT = "/api/v1/cards/deep-1/volunteer-hours";
    static final Pattern REVERSAL = Pattern.compile("/api/v1/cards/([^/]+)/entries/([^/]+)/reversal");
    private static final Pattern OCCURRED_ON = Pattern.compile("\"occurredOn\":\"([0-9-]+)\"");

    @TempDir
    Path dir;

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        DeepStub.cardsAndFreshCredits(stub);
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
                        "21",
                        "--clients",
                        "3",
                        "--rounds",
                        "1",
                        "--duration",
                        "300ms",
                        "--warmup",
                        "0s",
                        "--json",
                        dir.resolve("deep.json").toString()),
                extra));
    }

    @ParameterizedTest(name = "--events {0} with {1} clients: {2} credits, {3} reversals")
    @CsvSource({"21, 3, 10, 10", "22, 3, 11, 10", "101, 8, 50, 50", "2, 2, 1, 0", "1, 2, 0, 0"})
    void fillsTheCardToExactlyTheEventsAskedReversingTheEntriesTheCreditsAnswered(
            int events, int clients, int credits, int reversals) throws Exception {
        DeepStub.deepEntries(stub, credits + 1);
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        OpsRun run = deep("--events", Integer.toString(events), "--clients", Integer.toString(clients));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<StubServer.Received> fill = DeepStub.fill(stub.received());
        List<StubServer.Received> fillCredits =
                fill.stream().filter(r -> r.path().equals(DEEP_CREDIT)).toList();
        List<String> reversed = DeepStub.reversedEntries(fill, "deep-1");
        assertThat(fillCredits).hasSize(credits);
        // each credit answered the next of e-1, e-2, ...; a lone credit (odd events) may be any of them
        assertThat(reversed).hasSize(reversals).doesNotHaveDuplicates().isSubsetOf(DeepStub.entryIds(1, credits));
        assertThat(fill)
                .filteredOn(r -> r.path().startsWith("/api/v1/cards/deep-1/"))
                .hasSize(events - 1)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Basic YWRtaW46cHc="))
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        for (StubServer.Received credit : fillCredits) {
            assertThat(credit.body()).contains("\"stationId\":\"bench-01\"", "\"activity\":\"bench\"", "\"minutes\":6");
            Matcher day = OCCURRED_ON.matcher(credit.body());
            assertThat(day.find()).isTrue();
            assertThat(LocalDate.parse(day.group(1))).isIn(before, after);
        }
        assertThat(fill)
                .filteredOn(r -> REVERSAL.matcher(r.path()).matches())
                .hasSize(reversals)
                .allSatisfy(r -> assertThat(r.body()).isEqualTo("{\"reason\":\"bench\"}"));
        assertThat(fill)
                .filteredOn(r -> r.path().equals("/api/v1/stations"))
                .extracting(StubServer.Received::body)
                .containsExactly("{\"id\":\"bench-01\",\"name\":\"Bench station bench-01\"}");
        JsonNode result = Json.MAPPER.readTree(dir.resolve("deep.json").toFile());
        assertThat(result.path("fill").path("events").asLong()).isEqualTo(events - 1);
        assertThat(result.path("deep").path("events").asLong())
                .isEqualTo(events + DeepStub.measured(stub.received(), "deep-1"));
        assertThat(run.err()).contains("bench deep: deep card deep-1 (new, 1 events; pass --card deep-1 to reuse it)");
        if (events > 1) {
            assertThat(run.errLines())
                    .filteredOn(line -> line.startsWith("deep fill"))
                    .last()
                    .asString()
                    .matches("deep fill " + events + "/" + events + " events  \\d+ ev/s  eta 0s  retries 0");
        } else {
            assertThat(run.errLines()).noneMatch(line -> line.startsWith("deep fill"));
        }
    }

    @Test
    void retriesRateLimitsAndUnavailableWithTheSameKeyAndCountsEachEventOnce() throws Exception {
        List<StubServer.Reply> credits = new ArrayList<>(
                List.of(problem(429, "RATE_LIMITED", "slow down"), problem(503, "UNAVAILABLE", "database down")));
        DeepStub.entryIds(1, 3).forEach(id -> credits.add(json(201, DeepStub.entry(id, "deep-1"))));
        stub.on("POST", DEEP_CREDIT, credits.toArray(StubServer.Reply[]::new))
                .on(
                        "POST",
                        "/api/v1/cards/deep-1/entries/e-1/reversal",
                        problem(502, "BAD_GATEWAY", "proxy"),
                        json(201, DeepStub.entry("r-1", "deep-1")))
                .on("POST", "/api/v1/cards/deep-1/entries/e-2/reversal", json(201, DeepStub.entry("r-2", "deep-1")))
                .on("POST", "/api/v1/cards/deep-1/entries/e-3/reversal", json(201, DeepStub.entry("r-3", "deep-1")));

        OpsRun run = deep("--events", "5", "--clients", "1");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> fill = DeepStub.fill(stub.received()).stream()
                .filter(r -> r.path().startsWith("/api/v1/cards/deep-1/"))
                .toList();
        assertThat(fill)
                .extracting(StubServer.Received::path)
                .containsExactly(
                        DEEP_CREDIT,
                        DEEP_CREDIT,
                        DEEP_CREDIT,
                        "/api/v1/cards/deep-1/entries/e-1/reversal",
                        "/api/v1/cards/deep-1/entries/e-1/reversal",
                        DEEP_CREDIT,
                        "/api/v1/cards/deep-1/entries/e-2/reversal");
        assertThat(fill.get(1).idempotencyKey()).isEqualTo(fill.get(0).idempotencyKey());
        assertThat(fill.get(2).idempotencyKey()).isEqualTo(fill.get(0).idempotencyKey());
        assertThat(fill.get(4).idempotencyKey())
                .isEqualTo(fill.get(3).idempotencyKey())
                .isNotEqualTo(fill.get(0).idempotencyKey());
        assertThat(fill.get(5).idempotencyKey())
                .isNotIn(fill.get(0).idempotencyKey(), fill.get(3).idempotencyKey());
        JsonNode result = Json.MAPPER.readTree(dir.resolve("deep.json").toFile());
        assertThat(result.path("fill").path("events").asLong()).isEqualTo(4);
        assertThat(result.path("fill").path("retries").asLong()).isEqualTo(3);
        assertThat(result.path("deep").path("events").asLong())
                .isEqualTo(5 + DeepStub.measured(stub.received(), "deep-1"));
        assertThat(run.errLines()).anyMatch(line -> line.matches("deep fill 5/5 events  \\d+ ev/s  eta 0s  retries 3"));
    }

    @Test
    void failsOnAProblemAnswerOtherThanARateLimitOrAServerError() {
        stub.on("POST", DEEP_CREDIT, problem(422, "OCCURRED_ON_OUT_OF_RANGE", "occurredOn is in the future"));

        OpsRun run = deep("--clients", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .last()
                .isEqualTo(
                        "error: crediting card deep-1 answered 422 OCCURRED_ON_OUT_OF_RANGE: occurredOn is in the future");
        assertThat(stub.received())
                .filteredOn(r -> r.path().equals(DEEP_CREDIT))
                .hasSizeBetween(1, 2);
        assertThat(stub.received())
                .filteredOn(r -> r.path().equals("/api/v1/cards"))
                .hasSize(1);
        assertThat(stub.received()).noneMatch(r -> REVERSAL.matcher(r.path()).matches());
    }

    @Test
    void reusesACardCountingItsEventsFromItsStatementAndTopsItUp() throws Exception {
        stub.on(
                        "GET",
                        "/api/v1/cards/old-7/entries",
                        json(200, "{\"cardId\":\"old-7\",\"entries\":[{},{},{}],\"nextCursor\":\"c/3=\"}"),
                        json(200, "{\"cardId\":\"old-7\",\"entries\":[{},{}],\"nextCursor\":null}"))
                .on("POST", "/api/v1/cards", json(201, "{\"cardId\":\"fresh-1\",\"stationId\":\"bench-01\"}"))
                .on(
                        "POST",
                        "/api/v1/cards/old-7/volunteer-hours",
                        json(201, DeepStub.entry("e-1", "old-7")),
                        json(201, DeepStub.entry("e-2", "old-7")))
                .on("POST", "/api/v1/cards/old-7/entries/e-1/reversal", json(201, DeepStub.entry("r-1", "old-7")))
                .on("POST", "/api/v1/cards/old-7/entries/e-2/reversal", json(201, DeepStub.entry("r-2", "old-7")));

        OpsRun run = deep("--card", "old-7", "--events", "9", "--clients", "1");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("bench deep: deep card old-7 (reused, 6 events; pass --card old-7 to reuse it)");
        assertThat(stub.received())
                .filteredOn(r -> r.method().equals("GET"))
                .extracting(StubServer.Received::query)
                .containsExactly("limit=1000", "limit=1000&cursor=c%2F3%3D");
        assertThat(stub.received())
                .filteredOn(r -> r.path().equals("/api/v1/cards"))
                .hasSize(1);
        List<StubServer.Received> fill = DeepStub.fill(stub.received());
        assertThat(fill)
                .filteredOn(r -> r.path().equals("/api/v1/cards/old-7/volunteer-hours"))
                .hasSize(2);
        assertThat(DeepStub.reversedEntries(fill, "old-7")).containsExactly("e-1");
        JsonNode result = Json.MAPPER.readTree(dir.resolve("deep.json").toFile());
        assertThat(result.path("deep").path("cardId").asText()).isEqualTo("old-7");
        assertThat(result.path("deep").path("events").asLong())
                .isEqualTo(9 + DeepStub.measured(stub.received(), "old-7"));
    }

    @Test
    void refusesACardTheServiceDoesNotKnow() {
        stub.on("GET", "/api/v1/cards/nope/entries", problem(404, "CARD_NOT_FOUND", "no card nope"));

        OpsRun run = deep("--card", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: reading the statement of card nope answered 404 CARD_NOT_FOUND: no card nope");
        assertThat(stub.received())
                .noneMatch(r -> r.method().equals("POST") && r.path().startsWith("/api/v1/cards"));
    }

    @Test
    void refusesBadUsageBeforeSendingAnything() {
        assertThat(deep("--rounds", "0").err())
                .contains("--events, --clients, --rounds and --measure-clients must be at least 1");
        assertThat(deep("--measure-clients", "0").exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(deep("--duration", "0s").err()).contains("--duration must be positive");
        assertThat(deep("--zone", "Mars/Olympus").err()).contains("--zone: ");
        assertThat(stub.received()).isEmpty();
    }
}
