package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSeedCommandTest {

    private static final String CREDIT = "/api/v1/cards/card-1/volunteer-hours";
    private static final Pattern OCCURRED_ON = Pattern.compile("\"occurredOn\":\"([0-9-]+)\"");

    @TempDir
    Path dir;

    private StubServer stub;
    private Path cardsFile;

    @BeforeEach
    void startStub() throws Exception {
        stub = StubServer.start();
        cardsFile = dir.resolve("bench-cards.csv");
        stub.on(
                        "POST",
                        "/api/v1/stations",
                        json(201, "{\"id\":\"bench-01\"}"),
                        problem(409, "STATION_ALREADY_EXISTS", "station bench-02 already exists"))
                .on(
                        "POST",
                        "/api/v1/cards",
                        json(201, "{\"cardId\":\"card-1\",\"stationId\":\"bench-01\",\"status\":\"ACTIVE\"}"));
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private OpsRun seed(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "secret", "bench", "seed"),
                List.of(
                        "--stations",
                        "2",
                        "--cards",
                        "3",
                        "--events",
                        "20",
                        "--concurrency",
                        "2",
                        "--cards-file",
                        cardsFile.toString()),
                extra));
    }

    @Test
    void createsStationsCardsAndCreditsWithinTheWindowAndWritesTheCardsFile() throws Exception {
        stub.on("POST", CREDIT, json(201, "{\"cardId\":\"card-1\",\"points\":1,\"balance\":1}"));

        OpsRun run = seed();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines())
                .singleElement()
                .asString()
                .matches(
                        "seeded 2 stations, 3 cards in \\S+, 20 credits "
                                + "\\(20 volunteer hours, 0 study sessions; 0 cap, 0 errors\\) in \\S+: \\d+ events/s; cards in .*");
        List<StubServer.Received> received = stub.received();
        assertThat(received)
                .filteredOn(r -> r.path().equals("/api/v1/stations"))
                .extracting(StubServer.Received::body)
                .containsExactly(
                        "{\"id\":\"bench-01\",\"name\":\"Bench station 1\"}",
                        "{\"id\":\"bench-02\",\"name\":\"Bench station 2\"}");
        List<StubServer.Received> cards =
                received.stream().filter(r -> r.path().equals("/api/v1/cards")).toList();
        assertThat(cards)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.idempotencyKey()).isNotBlank());
        assertThat(cards)
                .extracting(StubServer.Received::body)
                .containsExactlyInAnyOrder(
                        "{\"stationId\":\"bench-01\"}", "{\"stationId\":\"bench-02\"}", "{\"stationId\":\"bench-01\"}");
        List<StubServer.Received> credits =
                received.stream().filter(r -> r.path().equals(CREDIT)).toList();
        assertThat(credits).hasSize(20);
        assertThat(credits)
                .extracting(StubServer.Received::idempotencyKey)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(credits).extracting(StubServer.Received::authorization).containsOnly("Basic YWRtaW46c2VjcmV0");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (StubServer.Received credit : credits) {
            assertThat(credit.body()).contains("\"minutes\":6", "\"activity\":\"bench\"");
            Matcher day = OCCURRED_ON.matcher(credit.body());
            assertThat(day.find()).isTrue();
            assertThat(LocalDate.parse(day.group(1))).isBetween(today.minusDays(60), today);
        }
        List<String> lines = Files.readAllLines(cardsFile);
        assertThat(lines).hasSize(4).first().isEqualTo("card_id,station_id,volunteer_minutes");
        int minutes = lines.stream()
                .skip(1)
                .flatMap(line -> Arrays.stream(line.split(",", -1)[2].split(" ")))
                .filter(s -> !s.isEmpty())
                .mapToInt(s -> Integer.parseInt(s.split("=")[1]))
                .sum();
        assertThat(minutes).isEqualTo(20 * 6);
    }

    @Test
    void countsCapRefusalsApartAndFailsOnErrors() {
        stub.on(
                "POST",
                CREDIT,
                problem(422, "DAILY_LIMIT_EXCEEDED", "full"),
                problem(500, "INTERNAL", "oops"),
                json(201, "{\"balance\":1}"));

        OpsRun run = seed("--concurrency", "1");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.outLines())
                .first()
                .asString()
                .contains("18 credits (18 volunteer hours, 0 study sessions; 1 cap, 1 errors)");
        assertThat(run.outLines()).last().isEqualTo("errors: 500 INTERNAL 1");
    }

    @Test
    void turnsToStudySessionsWhenACardsVolunteerDaysAreFullThenStopsWhenNothingIsLeft() {
        stub.on("POST", CREDIT, json(201, "{\"balance\":1}"))
                .on("POST", "/api/v1/cards/card-1/study-sessions", json(201, "{\"balance\":6}"));
        int volunteerCredits = 2 * 720 / 6;
        int studySessions = 2 * 240 / 30;

        OpsRun run = seed(
                "--cards",
                "1",
                "--stations",
                "1",
                "--concurrency",
                "4",
                "--backdating-days",
                "1",
                "--events",
                Integer.toString(volunteerCredits + studySessions + 1));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: no card has room left in the daily caps of the last 2 days: "
                        + "seed more cards (--cards) or fewer events (--events)");
        assertThat(stub.received()).filteredOn(r -> r.path().equals(CREDIT)).hasSize(volunteerCredits);
        List<StubServer.Received> study = stub.received().stream()
                .filter(r -> r.path().endsWith("/study-sessions"))
                .toList();
        assertThat(study)
                .hasSize(studySessions)
                .allSatisfy(r -> assertThat(r.body()).contains("\"topic\":\"bench\"", "\"minutes\":30"));
    }

    @Test
    void stopsWhenAStationCannotBeCreated() {
        stub.on("POST", "/api/v1/stations", problem(401, "UNAUTHENTICATED", "sign in first"));

        OpsRun run = seed();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .containsExactly("error: creating station bench-01 answered 401 UNAUTHENTICATED: sign in first");
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void stopsWhenACardCannotBeIssued() {
        stub.on("POST", "/api/v1/cards", problem(403, "FORBIDDEN", "not yours"));

        OpsRun run = seed();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .asString()
                .matches("error: issuing a card at bench-0[12] answered 403 FORBIDDEN: not yours");
        assertThat(stub.received()).noneMatch(r -> r.path().equals(CREDIT));
    }
}
