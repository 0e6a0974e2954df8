package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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

/** {@code bench seed-log}: cards, then activities closed until the log's head reaches the target; restartable. */
class BenchSeedLogCommandTest {

    private static final Pattern CARD_ID = Pattern.compile("\"cardId\":\"([^\"]+)\"");
    private static final String PLAN_AT = "/api/v1/stations/bench-0%d/activities";
    private static final int CARDS = 6;

    @TempDir
    Path dir;

    private StubServer stub;
    private Path cardsFile;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        cardsFile = dir.resolve("bench-cards.csv");
        stub.on("POST", "/api/v1/stations", json(201, "{\"id\":\"bench-01\"}"))
                .on(
                        "POST",
                        "/api/v1/cards",
                        IntStream.rangeClosed(1, CARDS)
                                .mapToObj(i -> json(201, "{\"cardId\":\"card-" + i + "\"}"))
                                .toArray(StubServer.Reply[]::new));
        for (int station = 1; station <= 2; station++) {
            String activity = "act-" + station;
            stub.on("POST", PLAN_AT.formatted(station), json(201, "{\"activityId\":\"" + activity + "\"}"))
                    .on("POST", "/api/v1/activities/" + activity + "/attendance", json(200, "{}"))
                    .on("POST", "/api/v1/activities/" + activity + "/close", json(200, closed(4)));
        }
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private static String closed(int credited) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= credited; i++) {
            lines.add("{\"cardId\":\"c" + i + "\",\"entryId\":\"e" + i + "\",\"minutes\":60,\"points\":10}");
        }
        return "{\"status\":\"CLOSED\",\"credited\":[" + String.join(",", lines) + "],\"refused\":[],\"noShows\":[]}";
    }

    private void heads(long... heads) {
        stub.on(
                "GET",
                "/api/v1/admin/projections",
                Arrays.stream(heads)
                        .mapToObj(head -> json(
                                200,
                                "[{\"name\":\"card_balance\",\"head\":" + head + "},"
                                        + "{\"name\":\"ranking\",\"head\":" + (head - 1) + "}]"))
                        .toArray(StubServer.Reply[]::new));
    }

    private OpsRun seedLog(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "secret", "bench", "seed-log"),
                List.of(
                        "--stations",
                        "2",
                        "--cards",
                        Integer.toString(CARDS),
                        "--events",
                        "30",
                        "--concurrency",
                        "2",
                        "--activities-at-once",
                        "1",
                        "--attendees",
                        "4",
                        "--attendance-batch",
                        "2",
                        "--cards-file",
                        cardsFile.toString()),
                extra));
    }

    private List<StubServer.Received> sent(String path) {
        return stub.received().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Test
    void issuesTheCardsThenClosesActivitiesOfPaperAttendeesUntilTheLogHoldsTheEvents() throws Exception {
        heads(6, 19, 32);

        OpsRun run = seedLog();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sent("/api/v1/cards"))
                .extracting(StubServer.Received::body)
                .containsOnly("{\"stationId\":\"bench-01\"}", "{\"stationId\":\"bench-02\"}")
                .hasSize(CARDS);
        List<String> lines = Files.readAllLines(cardsFile);
        assertThat(lines).hasSize(CARDS + 1).first().isEqualTo("card_id,station_id,volunteer_minutes");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int minutes = 0;
        for (int station = 1; station <= 2; station++) {
            List<StubServer.Received> plans = sent(PLAN_AT.formatted(station));
            assertThat(plans).as("one activity at bench-0" + station).hasSize(1);
            JsonNode plan = Json.MAPPER.readTree(plans.get(0).body());
            assertThat(plan.path("kind").asText()).isEqualTo("VOLUNTEER");
            assertThat(plan.path("startTime").asText()).isEqualTo("08:00");
            assertThat(plan.path("endTime").asText()).isEqualTo("09:00");
            assertThat(plan.path("capacity").asInt()).isEqualTo(4);
            assertThat(LocalDate.parse(plan.path("date").asText())).isBetween(today.minusDays(59), today.minusDays(1));
            List<StubServer.Received> sheets = sent("/api/v1/activities/act-" + station + "/attendance");
            assertThat(sheets)
                    .hasSize(2)
                    .allSatisfy(sheet -> assertThat(sheet.body()).contains("\"minutes\":60"));
            List<String> attendees = cardIds(sheets);
            assertThat(attendees).hasSize(4).doesNotHaveDuplicates();
            assertThat(sent("/api/v1/activities/act-" + station + "/close")).hasSize(1);
            minutes += 4 * 60;
            assertThat(lines)
                    .filteredOn(line -> attendees.contains(line.split(",")[0]))
                    .allSatisfy(
                            line -> assertThat(line).contains(plan.path("date").asText() + "=60"));
        }
        assertThat(lines.stream()
                        .skip(1)
                        .flatMap(line -> List.of(line.split(",", -1)[2].split(" ")).stream())
                        .filter(entry -> !entry.isEmpty())
                        .mapToInt(entry -> Integer.parseInt(entry.split("=")[1]))
                        .sum())
                .isEqualTo(minutes);
        assertThat(run.outLines())
                .anySatisfy(line ->
                        assertThat(line).startsWith("activities: 2 closed, 8 attendees credited, 0 refused, in "))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("events: 32 (the service's log head), 6 before the activities, "
                                + "26 recorded by them (from the answers)"));
    }

    @Test
    void goesOnFromTheCardsFileAndTheLogsHeadWhenRunAgain() throws Exception {
        heads(6, 19, 32);
        assertThat(seedLog().exitCode()).isZero();
        String before = Files.readString(cardsFile);
        int requests = stub.received().size();

        heads(32, 45);
        OpsRun again = seedLog("--events", "40");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        List<StubServer.Received> more =
                stub.received().subList(requests, stub.received().size());
        assertThat(more)
                .noneMatch(r -> r.path().equals("/api/v1/cards") || r.path().equals("/api/v1/stations"));
        assertThat(more).filteredOn(r -> r.path().endsWith("/close")).hasSize(1);
        assertThat(again.outLines().get(0)).startsWith("cards: 6 (6 from the cards file, 0 issued in");
        String after = Files.readString(cardsFile);
        assertThat(minutesIn(after)).isEqualTo(minutesIn(before) + 4 * 60);
    }

    @Test
    void issuesOnlyTheCardsTheFileLacksAndKeepsTheMinutesItRecords() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        Files.writeString(
                cardsFile, "card_id,station_id,volunteer_minutes\nold-1,bench-01," + day + "=120\nold-2,bench-02,\n");
        heads(1_000);

        OpsRun run = seedLog();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sent("/api/v1/cards")).hasSize(CARDS - 2);
        List<String> lines = Files.readAllLines(cardsFile);
        assertThat(lines).hasSize(CARDS + 1);
        assertThat(lines.subList(1, 3)).containsExactly("old-1,bench-01," + day + "=120", "old-2,bench-02,");
        assertThat(run.outLines().get(0)).startsWith("cards: 6 (2 from the cards file, 4 issued in");
    }

    @Test
    void plansNothingWhenTheLogHoldsTheEventsAlready() {
        heads(1_000);

        OpsRun run = seedLog();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(stub.received()).noneMatch(r -> r.path().endsWith("/activities"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("events: 1000 (the service's"));
    }

    @Test
    void stopsWhenAnAttendanceSheetIsRefused() {
        heads(6, 19, 32);
        stub.on("POST", "/api/v1/activities/act-1/attendance", problem(409, "ACTIVITY_NOT_OPEN", "closed already"));

        OpsRun run = seedLog();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo(
                        "error: entering attendance of activity act-1 answered 409 ACTIVITY_NOT_OPEN: closed already");
        assertThat(stub.received()).noneMatch(r -> r.path().endsWith("/close"));
        assertThat(cardsFile).exists();
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

    private static int minutesIn(String file) {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (String line : file.lines().skip(1).toList()) {
            assertThat(seen.add(line.split(",")[0])).isTrue();
            for (String entry : line.split(",", -1)[2].split(" ")) {
                if (!entry.isEmpty()) {
                    total += Integer.parseInt(entry.split("=")[1]);
                }
            }
        }
        return total;
    }
}
