package org.pointsbank.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.ops.StubServer.json;
import static org.pointsbank.ops.StubServer.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench check-ins}: volunteers made once and reused, each checking in as itself with the live code. */
class BenchCheckInsCommandTest {

    static final String ACTIVITY = "/api/v1/activities/act-1";
    private static final String ADMIN = "Basic YWRtaW46cHc=";

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
                        IntStream.rangeClosed(1, 3)
                                .mapToObj(i -> json(201, "{\"cardId\":\"card-" + i + "\",\"stationId\":\"bench-01\"}"))
                                .toArray(StubServer.Reply[]::new))
                .on("POST", "/api/v1/users", json(201, "{\"role\":\"VOLUNTEER\"}"))
                .on("POST", "/api/v1/stations/bench-01/activities", json(201, "{\"activityId\":\"act-1\"}"))
                .on(
                        "GET",
                        ACTIVITY + "/check-in-code",
                        code("111111", Instant.now().plusSeconds(30)))
                .on("POST", ACTIVITY + "/check-ins", json(201, "{\"status\":\"CHECKED_IN\"}"))
                .on("POST", ACTIVITY + "/cancellation", json(200, "{\"status\":\"CANCELLED\"}"));
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private static StubServer.Reply code(String code, Instant expiresAt) {
        return json(200, "{\"code\":\"" + code + "\",\"expiresAt\":\"" + expiresAt + "\"}");
    }

    private OpsRun checkIns(String... extra) {
        return OpsRun.of(OpsRun.args(
                List.of("--url", stub.url(), "--password", "pw", "bench", "check-ins"),
                List.of(
                        "--volunteers",
                        "3",
                        "--over",
                        "300ms",
                        "--clients",
                        "2",
                        "--setup-clients",
                        "2",
                        "--volunteers-file",
                        dir.resolve("volunteers.csv").toString(),
                        "--json",
                        dir.resolve("check-ins.json").toString()),
                extra));
    }

    private List<StubServer.Received> sent(String method, String path) {
        return stub.received().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void makesVolunteersBoundToNewCardsAndSendsEachOneCheckInAsItselfWithTheLiveCode() throws Exception {
        OpsRun run = checkIns();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> file = Files.readAllLines(dir.resolve("volunteers.csv"));
        assertThat(file).hasSize(4).first().isEqualTo("username,password,card_id,station_id");
        List<String[]> volunteers =
                file.subList(1, 4).stream().map(line -> line.split(",")).toList();
        assertThat(volunteers).extracting(v -> v[2]).containsExactlyInAnyOrder("card-1", "card-2", "card-3");
        assertThat(volunteers).allSatisfy(v -> {
            assertThat(v[0]).matches("bench-v-[0-9a-f]{8}-000[1-3]");
            assertThat(v[1]).hasSize(24);
            assertThat(v[3]).isEqualTo("bench-01");
        });
        List<StubServer.Received> users = sent("POST", "/api/v1/users");
        assertThat(users)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(ADMIN));
        for (String[] v : volunteers) {
            assertThat(users).extracting(r -> Json.MAPPER.readTree(r.body())).anySatisfy(body -> {
                assertThat(body.path("username").asText()).isEqualTo(v[0]);
                assertThat(body.path("password").asText()).isEqualTo(v[1]);
                assertThat(body.path("role").asText()).isEqualTo("VOLUNTEER");
                assertThat(body.path("cardId").asText()).isEqualTo(v[2]);
            });
        }
        JsonNode plan = Json.MAPPER.readTree(
                sent("POST", "/api/v1/stations/bench-01/activities").get(0).body());
        assertThat(plan.path("selfCheckIn").asBoolean()).isTrue();
        assertThat(plan.path("capacity").asInt()).isEqualTo(3);
        assertThat(sent("GET", ACTIVITY + "/check-in-code"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo(ADMIN));

        List<StubServer.Received> checkIns = sent("POST", ACTIVITY + "/check-ins");
        assertThat(checkIns).hasSize(3).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo("{\"code\":\"111111\"}");
            assertThat(r.idempotencyKey()).isNotBlank();
        });
        assertThat(checkIns)
                .extracting(StubServer.Received::authorization)
                .containsExactlyInAnyOrderElementsOf(
                        volunteers.stream().map(v -> basic(v[0], v[1])).toList());
        assertThat(sent("POST", ACTIVITY + "/cancellation")).hasSize(1);
        assertThat(stub.received()
                        .indexOf(sent("POST", ACTIVITY + "/cancellation").get(0)))
                .isGreaterThan(stub.received().indexOf(checkIns.get(2)));

        assertThat(run.outLines())
                .anyMatch(line -> line.matches("check-in +fixed +2 +10\\.0 +0\\.3 +3 .*"))
                .last()
                .asString()
                .matches(
                        "check-ins: 3 of 3, p50 [0-9.]+ ms, p99 [0-9.]+ ms, errors 0; code read \\d+ times \\(0 failed\\) "
                                + "\\(target p99 < 500 ms: met\\)");
        JsonNode result = Json.MAPPER.readTree(dir.resolve("check-ins.json").toFile());
        assertThat(result.path("ops").asInt()).isEqualTo(3);
        assertThat(result.path("errorCount").asInt()).isZero();
        assertThat(result.path("met").asBoolean()).isTrue();
        assertThat(result.path("latencyMs").path("p99").isNumber()).isTrue();
    }

    @Test
    void reusesTheVolunteersOfTheFileOnTheNextRun() throws Exception {
        assertThat(checkIns().exitCode()).isZero();
        List<String> file = Files.readAllLines(dir.resolve("volunteers.csv"));
        int before = stub.received().size();

        OpsRun again = checkIns();

        assertThat(again.exitCode()).as(again.toString()).isZero();
        List<StubServer.Received> second =
                stub.received().subList(before, stub.received().size());
        assertThat(second)
                .noneMatch(r -> r.path().equals("/api/v1/users") || r.path().equals("/api/v1/cards"));
        assertThat(Files.readAllLines(dir.resolve("volunteers.csv"))).isEqualTo(file);
        assertThat(second)
                .filteredOn(r -> r.path().equals(ACTIVITY + "/check-ins"))
                .hasSize(3);
    }

    @Test
    void readsTheCodeAgainWhenItExpiresAndSendsTheNewOne() {
        stub.on(
                "GET",
                ACTIVITY + "/check-in-code",
                code("111111", Instant.now().minusSeconds(1)),
                code("222222", Instant.now().plusSeconds(30)));

        OpsRun run = checkIns("--over", "2s");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<StubServer.Received> checkIns = sent("POST", ACTIVITY + "/check-ins");
        assertThat(checkIns.get(0).body()).isEqualTo("{\"code\":\"111111\"}");
        assertThat(checkIns.get(2).body()).isEqualTo("{\"code\":\"222222\"}");
        assertThat(sent("GET", ACTIVITY + "/check-in-code")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void reportsARefusedCheckInAsAnError() throws Exception {
        stub.on(
                "POST",
                ACTIVITY + "/check-ins",
                problem(422, "CHECK_IN_CODE_INVALID", "wrong or expired code"),
                json(201, "{\"status\":\"CHECKED_IN\"}"));

        OpsRun run = checkIns();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.outLines())
                .contains("errors check-in: 422 CHECK_IN_CODE_INVALID 1")
                .last()
                .asString()
                .contains("check-ins: 2 of 3", "errors 1", "(target p99 < 500 ms: not met)");
        assertThat(run.errLines()).last().isEqualTo("error: 1 of 3 check-ins failed: 422 CHECK_IN_CODE_INVALID 1");
        assertThat(Json.MAPPER
                        .readTree(dir.resolve("check-ins.json").toFile())
                        .path("met")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void failsWhenTheCodeCannotBeReadAndSendsNoCheckIn() {
        stub.on("GET", ACTIVITY + "/check-in-code", problem(403, "FORBIDDEN", "not staff of bench-01"));

        OpsRun run = checkIns();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo(
                        "error: reading the check-in code of activity act-1 answered 403 FORBIDDEN: not staff of bench-01");
        assertThat(sent("POST", ACTIVITY + "/check-ins")).isEmpty();
    }

    @Test
    void keepsTheVolunteersMadeWhenMakingOneFails() throws Exception {
        stub.on(
                "POST",
                "/api/v1/users",
                json(201, "{}"),
                problem(409, "USER_ALREADY_EXISTS", "taken"),
                json(201, "{}"));

        OpsRun run = checkIns("--setup-clients", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.errLines())
                .last()
                .isEqualTo("error: making volunteers at bench-01: user 409 USER_ALREADY_EXISTS 1");
        assertThat(Files.readAllLines(dir.resolve("volunteers.csv"))).hasSize(3);
        assertThat(sent("POST", "/api/v1/stations/bench-01/activities")).isEmpty();
    }

    @Test
    void refusesBadUsageBeforeSendingAnything() {
        assertThat(checkIns("--volunteers", "0").err())
                .contains("--volunteers, --clients, --setup-clients and --max-in-flight must be at least 1");
        assertThat(checkIns("--over", "0s").err()).contains("--over and --request-timeout must be positive");
        assertThat(checkIns("--zone", "Mars/Olympus").err()).contains("--zone: ");
        assertThat(stub.received()).isEmpty();
    }
}
