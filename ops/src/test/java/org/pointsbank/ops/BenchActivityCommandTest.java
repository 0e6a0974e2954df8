package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench activity}: the steps it sends, the close it times against the singles, and what it refuses. */
class BenchActivityCommandTest {

    static final String ACTIVITY = "/api/v1/activities/act-1";
    private static final Pattern CARD_ID = Pattern.compile("\"cardId\":\"([^\"]+)\"");
    private static final String ADMIN = "Basic YWRtaW46cHc=";
    private static final int ATTENDEES = 3;

    @TempDir
    Path dir;

    private StubServer stub;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        stub.on("POST", "/api/v1/stations", json(201, "{\"id\":\"bench-01\"}"))
                .on(
                        "POST",
                        "/api/v1/cards",
                        cards().stream()
                                .map(card -> json(201, "{\"cardId\":\"" + card + "\",\"stationId\":\"bench-01\"}"))
                                .toArray(StubServer.Reply[]::new))
                .on(
                        "POST",
                        "/api/v1/stations/bench-01/activities",
                        json(201, "{\"activityId\":\"act-1\",\"status\":\"OPEN\"}"))
                .on("POST", ACTIVITY + "/check-ins", json(201, "{\"status\":\"CHECKED_IN\"}"))
                .on("POST", ACTIVITY + "/check-outs", json(200, "{\"status\":\"CHECKED_OUT\"}"))
                .on("POST", ACTIVITY + "/attendance", json(200, "{\"activityId\":\"act-1\"}"))
                .on("GET", "/api/v1/admin/projections", json(200, "[{\"name\":\"card_balance\",\"lag\":0}]"))
                .on("POST", ACTIVITY + "/close", json(200, closed(3, 0)));
        for (String card : cards()) {
            stub.on("POST", "/api/v1/cards/" + card + "/volunteer-hours", json(201, DeepStub.entry("e-" + card, card)));
        }
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private static List<String> cards() {
        return IntStream.rangeClosed(1, 2 * ATTENDEES)
                .mapToObj(i -> "card-" + i)
                .toList();
    }

    private static String closed(int credited, int noShows) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= credited; i++) {
            lines.add("{\"cardId\":\"c" + i + "\",\"entryId\":\"e" + i + "\",\"minutes\":60,\"points\":10}");
        }
        String shows = String.join(
                ",",
                IntStream.rangeClosed(1, noShows)
                        .mapToObj(i -> "\"n" + i + "\"")
                        .toList());
        return "{\"activityId\":\"act-1\",\"status\":\"CLOSED\",\"credited\":[" + String.join(",", lines)
                + "],\"refused\":[],\"noShows\":[" + shows + "]}";
    }

    private OpsRun activity(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "activity"),
                List.of(
                        "--attendees",
                        Integer.toString(ATTENDEES),
                        "--clients",
                        "2",
                        "--attendance-batch",
                        "2",
                        "--poll-interval",
                        "10ms",
                        "--json",
                        dir.resolve("activity.json").toString()),
                extra));
    }

    private List<StubServer.Received> sent(String method, String path) {
        return stub.received().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    private static List<String> cardIds(List<StubServer.Received> requests) {
        List<String> ids = new ArrayList<>();
        for (StubServer.Received request : requests) {
            Matcher card = CARD_ID.matcher(request.body());
            while (card.find()) {
                ids.add(card.group(1));
            }
        }
        return ids;
    }

    private int indexOf(String method, String path) {
        List<StubServer.Received> all = stub.received();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).method().equals(method) && all.get(i).path().startsWith(path)) {
                return i;
            }
        }
        throw new AssertionError("no " + method + " " + path + " in " + all);
    }

    @Test
    void checksHalfTheCardsInAndOutEntersTheirMinutesAndTimesTheCloseAgainstSinglesToTheOtherHalf() throws Exception {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalTime before = LocalTime.now(shanghai);

        OpsRun run = activity();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sent("POST", "/api/v1/cards")).hasSize(2 * ATTENDEES);
        String plan =
                sent("POST", "/api/v1/stations/bench-01/activities").get(0).body();
        JsonNode planned = Json.MAPPER.readTree(plan);
        assertThat(planned.path("kind").asText()).isEqualTo("VOLUNTEER");
        assertThat(planned.path("capacity").asInt()).isEqualTo(ATTENDEES);
        assertThat(planned.path("selfCheckIn").asBoolean()).isTrue();
        assertThat(LocalDate.parse(planned.path("date").asText())).isEqualTo(LocalDate.now(shanghai));
        assertThat(LocalTime.parse(planned.path("startTime").asText())).isBefore(before);

        LocalTime start = LocalTime.parse(planned.path("startTime").asText());
        LocalTime end = LocalTime.parse(planned.path("endTime").asText());
        assertThat(end).isAfterOrEqualTo(LocalTime.now(shanghai).truncatedTo(ChronoUnit.MINUTES));
        // 60 minutes each, unless the window is shorter (it ends at 23:59)
        long minutes = Math.min(60, Duration.between(start, end).toMinutes());

        List<String> checkedIn = cardIds(sent("POST", ACTIVITY + "/check-ins"));
        List<String> checkedOut = cardIds(sent("POST", ACTIVITY + "/check-outs"));
        List<String> singles = stub.received().stream()
                .filter(r -> r.path().endsWith("/volunteer-hours"))
                .map(r -> r.path().split("/")[4])
                .toList();
        assertThat(checkedIn).hasSize(ATTENDEES).doesNotHaveDuplicates();
        assertThat(checkedOut).containsExactlyInAnyOrderElementsOf(checkedIn);
        assertThat(singles).hasSize(ATTENDEES).doesNotHaveDuplicates().doesNotContainAnyElementsOf(checkedIn);
        Set<String> all = new HashSet<>(checkedIn);
        all.addAll(singles);
        assertThat(all).containsExactlyInAnyOrderElementsOf(cards());

        List<StubServer.Received> attendance = sent("POST", ACTIVITY + "/attendance");
        assertThat(attendance).hasSize(2); // 3 entries in batches of 2
        assertThat(cardIds(attendance)).containsExactlyInAnyOrderElementsOf(checkedIn);
        assertThat(attendance).allSatisfy(r -> assertThat(r.body()).contains("\"minutes\":" + minutes));
        assertThat(stub.received())
                .filteredOn(r -> r.path().endsWith("/volunteer-hours"))
                .allSatisfy(r -> assertThat(r.body())
                        .contains(
                                "\"stationId\":\"bench-01\"",
                                "\"minutes\":" + minutes,
                                "\"occurredOn\":\"" + planned.path("date").asText() + "\""));

        List<StubServer.Received> close = sent("POST", ACTIVITY + "/close");
        assertThat(close).hasSize(1);
        assertThat(close.get(0).idempotencyKey()).isNotBlank();
        assertThat(indexOf("POST", ACTIVITY + "/close"))
                .isGreaterThan(indexOf("POST", "/api/v1/cards/card-"))
                .isGreaterThan(indexOf("POST", ACTIVITY + "/attendance"));
        assertThat(stub.received())
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(ADMIN));
        assertThat(stub.received())
                .filteredOn(r -> r.method().equals("POST") && !r.path().equals("/api/v1/stations"))
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();

        assertThat(run.out()).contains("close: 3 credited, 0 refused, 0 no-shows in ");
        assertThat(run.outLines())
                .anyMatch(line -> line.matches("check-ins +2 +3 +0 .*"))
                .anyMatch(line -> line.matches("singles +2 +3 +0 .*"))
                .anyMatch(line -> line.matches("close +1 +3 +0 +[0-9.]+ .*"))
                .last()
                .asString()
                .matches("close ms [0-9.]+, singles ms [0-9.]+ \\(3 credits from 2 clients\\): close/singles [0-9.]+ "
                        + "\\(target <= 0\\.50: (met|not met)\\)");
        JsonNode result = Json.MAPPER.readTree(dir.resolve("activity.json").toFile());
        assertThat(result.path("activityId").asText()).isEqualTo("act-1");
        assertThat(result.path("attendees").asInt()).isEqualTo(ATTENDEES);
        assertThat(result.path("close").path("credited").asInt()).isEqualTo(3);
        assertThat(result.path("steps").path("singles").path("ok").asInt()).isEqualTo(3);
        assertThat(result.path("steps")
                        .path("check-ins")
                        .path("latencyMs")
                        .path("count")
                        .asInt())
                .isEqualTo(3);
        double ratio =
                result.path("closeMs").asDouble() / result.path("singlesMs").asDouble();
        assertThat(result.path("ratio").asDouble()).isCloseTo(ratio, offset(0.01));
        assertThat(result.path("met").asBoolean())
                .isEqualTo(result.path("ratio").asDouble() <= 0.5);
    }

    @Test
    void reportsARefusedCheckInAsAnErrorLeavesThatCardOutAndStillTimesTheClose() throws Exception {
        stub.on(
                "POST",
                ACTIVITY + "/check-ins",
                problem(409, "ALREADY_CHECKED_IN", "card already checked in"),
                json(201, "{\"status\":\"CHECKED_IN\"}"));

        OpsRun run = activity();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        List<String> tried = cardIds(sent("POST", ACTIVITY + "/check-ins"));
        List<String> checkedOut = cardIds(sent("POST", ACTIVITY + "/check-outs"));
        assertThat(tried).hasSize(3);
        assertThat(checkedOut).hasSize(2).isSubsetOf(tried);
        assertThat(cardIds(sent("POST", ACTIVITY + "/attendance"))).containsExactlyInAnyOrderElementsOf(checkedOut);
        assertThat(sent("POST", ACTIVITY + "/close")).hasSize(1);
        assertThat(run.outLines())
                .contains("errors check-ins: 409 ALREADY_CHECKED_IN 1")
                .anyMatch(line -> line.matches("check-ins +2 +2 +1 .*"));
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: not every request succeeded: check-ins 409 ALREADY_CHECKED_IN 1");
        assertThat(Json.MAPPER
                        .readTree(dir.resolve("activity.json").toFile())
                        .path("steps")
                        .path("check-ins")
                        .path("errors")
                        .path("409 ALREADY_CHECKED_IN")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void failsWhenTheCloseAnswersAProblem() {
        stub.on("POST", ACTIVITY + "/close", problem(409, "ACTIVITY_NOT_OPEN", "activity act-1 is cancelled"));

        OpsRun run = activity();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: closing activity act-1 answered 409 ACTIVITY_NOT_OPEN: activity act-1 is cancelled");
        assertThat(dir.resolve("activity.json")).doesNotExist();
    }

    @Test
    void sendsACloseAnswered202AgainWithTheSameKeyUntilItAnswers200AndCountsItsRefusals() throws Exception {
        stub.on(
                "POST",
                ACTIVITY + "/close",
                json(202, "{\"activityId\":\"act-1\",\"status\":\"CLOSING\",\"pending\":3}"),
                json(202, "{\"activityId\":\"act-1\",\"status\":\"CLOSING\",\"pending\":1}"),
                json(
                        200,
                        "{\"activityId\":\"act-1\",\"status\":\"CLOSED\",\"credited\":[{\"cardId\":\"a\"},"
                                + "{\"cardId\":\"b\"}],\"refused\":[{\"cardId\":\"c\",\"code\":"
                                + "\"DAILY_LIMIT_EXCEEDED\"}],\"noShows\":[\"d\"]}"));

        OpsRun run = activity();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        List<StubServer.Received> closes = sent("POST", ACTIVITY + "/close");
        assertThat(closes).hasSize(3).allSatisfy(r -> assertThat(r.body()).isEmpty());
        assertThat(closes)
                .extracting(StubServer.Received::idempotencyKey)
                .containsOnly(closes.get(0).idempotencyKey());
        assertThat(run.outLines())
                .anyMatch(
                        line -> line.matches(
                                "close: 2 credited, 1 refused, 1 no-shows in [0-9.]+ ms \\(answered 202, sent again 2 times\\)"))
                .contains("refused close: DAILY_LIMIT_EXCEEDED 1");
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: not every request succeeded: close refused DAILY_LIMIT_EXCEEDED 1");
        JsonNode close =
                Json.MAPPER.readTree(dir.resolve("activity.json").toFile()).path("close");
        assertThat(close.path("resent").asInt()).isEqualTo(2);
        assertThat(close.path("refused").path("DAILY_LIMIT_EXCEEDED").asInt()).isEqualTo(1);
    }

    @Test
    void givesUpOnACloseThatKeepsAnswering202() {
        stub.on("POST", ACTIVITY + "/close", json(202, "{\"status\":\"CLOSING\",\"pending\":5}"));

        OpsRun run = activity("--close-timeout", "100ms");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: closing activity act-1 still answered 202 after 0.1s (5 pending)");
        assertThat(sent("POST", ACTIVITY + "/close")).hasSizeGreaterThan(1);
    }

    @Test
    void waitsForTheReadModelsToCatchUpBeforeTheSinglesAndBeforeTheClose() {
        stub.on(
                "GET",
                "/api/v1/admin/projections",
                json(200, "[{\"name\":\"card_balance\",\"lag\":0},{\"name\":\"statement\",\"lag\":7}]"),
                json(200, "[{\"name\":\"card_balance\",\"lag\":0},{\"name\":\"statement\",\"lag\":0}]"),
                json(200, "[{\"name\":\"card_balance\",\"lag\":2},{\"name\":\"statement\",\"lag\":null}]"),
                json(200, "[{\"name\":\"card_balance\",\"lag\":0},{\"name\":\"statement\",\"lag\":null}]"));

        OpsRun run = activity();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> all = stub.received();
        List<Integer> polls = IntStream.range(0, all.size())
                .filter(i -> all.get(i).path().equals("/api/v1/admin/projections"))
                .boxed()
                .toList();
        assertThat(polls).hasSize(4);
        assertThat(indexOf("POST", "/api/v1/cards/card-"))
                .isGreaterThan(polls.get(1))
                .isLessThan(polls.get(2));
        assertThat(indexOf("POST", ACTIVITY + "/close")).isGreaterThan(polls.get(3));
        assertThat(run.err()).doesNotContain("had not caught up");
    }

    @Test
    void measuresAnywayWhenTheReadModelsDoNotCatchUpInTime() {
        stub.on("GET", "/api/v1/admin/projections", json(200, "[{\"name\":\"statement\",\"lag\":3}]"));

        OpsRun run = activity("--settle-timeout", "200ms");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.errLines())
                .filteredOn(line -> line.contains("had not caught up"))
                .containsExactly(
                        "bench activity: the read models had not caught up after 0.2s (or their list was refused);"
                                + " measuring the singles anyway",
                        "bench activity: the read models had not caught up after 0.2s (or their list was refused);"
                                + " measuring the close anyway");
    }

    @Test
    void stopsWhenACardCannotBeIssuedBeforePlanningAnything() {
        stub.on("POST", "/api/v1/cards", problem(404, "STATION_NOT_FOUND", "no station bench-01"));

        OpsRun run = activity();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines()).last().isEqualTo("error: issuing cards at bench-01: 404 STATION_NOT_FOUND 6");
        assertThat(sent("POST", "/api/v1/stations/bench-01/activities")).isEmpty();
    }

    @Test
    void refusesBadUsageBeforeSendingAnything() {
        assertThat(activity("--attendees", "0").err())
                .contains("--attendees, --clients and --attendance-batch must be at least 1");
        assertThat(activity("--clients", "0").exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(activity("--minutes", "721").err()).contains("--minutes must be 0 to 720");
        assertThat(activity("--close-timeout", "0s").err())
                .contains("--close-timeout, --poll-interval and --request-timeout must be positive");
        assertThat(activity("--zone", "Mars/Olympus").err()).contains("--zone: ");
        assertThat(activity("--attendees", "many").exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(stub.received()).isEmpty();
    }
}
