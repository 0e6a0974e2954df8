package org.pointsbank.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Accounts and their limits: passwords, disabling, scoped idempotency keys, throttles, erasure. */
@ExtendWith(OutputCaptureExtension.class)
class AccountsIT extends IntegrationTest {

    private static final String PASSWORD = "a-long-secret-1";

    @Test
    void passwordsAreStoredAsBcryptAndNeverReturnedNorLogged(CapturedOutput output) {
        String name = "pw-" + suffix();
        ApiResponse created = createUser(name, "{\"role\":\"AUDITOR\"");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
        assertThat(admin.get("/api/v1/users").body()).doesNotContain(PASSWORD).doesNotContain("$2a$");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, name))
                .startsWith("$2a$")
                .doesNotContain(PASSWORD);

        assertThat(new ApiClient(port, name, PASSWORD + "-wrong")
                        .get("/api/v1/stations")
                        .status())
                .isEqualTo(401);
        assertThat(new ApiClient(port, name, PASSWORD)
                        .get("/api/v1/users/me")
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("AUDITOR");
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String name = "chg-" + suffix();
        createUser(name, "{\"role\":\"AUDITOR\"");
        ApiClient user = new ApiClient(port, name, PASSWORD);
        String newPassword = "another-long-secret-2";

        assertThat(put(user, "{\"currentPassword\":\"nope\",\"newPassword\":\"" + newPassword + "\"}")
                        .code())
                .isEqualTo("CURRENT_PASSWORD_WRONG");
        assertThat(put(user, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}")
                        .status())
                .isEqualTo(400);
        assertThat(put(user, "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}")
                        .status())
                .isEqualTo(204);

        assertThat(user.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(user.as(name, newPassword).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        String name = "dis-" + suffix();
        createUser(name, "{\"role\":\"AUDITOR\"");
        ApiClient user = new ApiClient(port, name, PASSWORD);

        assertThat(admin.post("/api/v1/users/" + name + "/disable", key(), null)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(user.get("/api/v1/stations").status()).isEqualTo(401);
        admin.post("/api/v1/users/" + name + "/enable", key(), null);
        assertThat(user.get("/api/v1/stations").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/users/admin/disable", key(), null).code())
                .isEqualTo("CANNOT_DISABLE_SELF");
    }

    @Test
    void aUsersScopeIsCheckedWhenTheAccountIsCreated() {
        String station = ledger.station();
        assertThat(createUser("s-" + suffix(), "{\"role\":\"STAFF\"")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("stationIds");
        assertThat(createUser("s-" + suffix(), "{\"role\":\"STAFF\",\"stationIds\":[\"nowhere-" + suffix() + "\"]")
                        .code())
                .isEqualTo("STATION_NOT_FOUND");
        assertThat(createUser("v-" + suffix(), "{\"role\":\"VOLUNTEER\",\"cardId\":\"" + UUID.randomUUID() + "\"")
                        .code())
                .isEqualTo("CARD_NOT_FOUND");
        assertThat(createUser("a-" + suffix(), "{\"role\":\"AUDITOR\",\"stationIds\":[\"" + station + "\"]")
                        .status())
                .isEqualTo(400);
        assertThat(createUser("x-" + suffix(), "{\"role\":\"OWNER\"").code()).isEqualTo("VALIDATION_FAILED");
        String taken = "t-" + suffix();
        createUser(taken, "{\"role\":\"AUDITOR\"");
        assertThat(createUser(taken, "{\"role\":\"AUDITOR\"").code()).isEqualTo("USER_ALREADY_EXISTS");
        assertThat(admin.post(
                                "/api/v1/users",
                                key(),
                                "{\"username\":\"m-" + suffix() + "\",\"password\":\"" + PASSWORD
                                        + "\",\"role\":\"AUDITOR\",\"enabled\":false,\"passwordHash\":\"x\"}")
                        .code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void idempotencyKeysAreScopedToTheUser() {
        String station = ledger.station();
        createUser("k-" + suffix(), "{\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]");
        String staffName = "k2-" + suffix();
        createUser(staffName, "{\"role\":\"STAFF\",\"stationIds\":[\"" + station + "\"]");
        ApiClient staff = new ApiClient(port, staffName, PASSWORD);
        String key = "shared-key-" + suffix();
        String body = "{\"stationId\":\"" + station + "\"}";

        ApiResponse byAdmin = admin.post("/api/v1/cards", key, body);
        ApiResponse byStaff = staff.post("/api/v1/cards", key, body);

        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byStaff.status()).isEqualTo(201);
        assertThat(byStaff.header("Idempotency-Replayed")).isNull();
        assertThat(byStaff.json().get("cardId").asText())
                .isNotEqualTo(byAdmin.json().get("cardId").asText());
    }

    @Test
    void repeatedFailedSignInsThrottleThatUsernameFromThatAddress() {
        String name = "thr-" + suffix();
        createUser(name, "{\"role\":\"AUDITOR\"");
        ApiClient wrong = new ApiClient(port, name, "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/stations").status()).isEqualTo(401);
        }

        ApiResponse throttled = new ApiClient(port, name, PASSWORD).get("/api/v1/stations");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 60);
        assertThat(admin.get("/api/v1/stations").status())
                .as("other users are not affected")
                .isEqualTo(200);
    }

    @Test
    void requestBodiesOverTheLimitAreRefusedWith413() {
        String station = ledger.station();
        String huge = "{\"stationId\":\"" + station + "\",\"holder\":{\"name\":\"" + "x".repeat(70_000) + "\"}}";

        ApiResponse response = admin.post("/api/v1/cards", key(), huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM card_directory WHERE station_id = ?", Integer.class, station))
                .isZero();
    }

    @Test
    void erasingAHolderLeavesTheLedgerAndBalancesExactlyAsTheyWere() {
        String station = ledger.station();
        ApiResponse issued = admin.post(
                "/api/v1/cards",
                key(),
                "{\"stationId\":\"" + station
                        + "\",\"holder\":{\"name\":\"Wu Fang\",\"phone\":\"+86 135 5555 0101\"}}");
        String card = issued.json().get("cardId").asText();
        ledger.credited(card, station, 120, today());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card).status() == 200
                        && admin.get("/api/v1/cards/" + card)
                                        .json()
                                        .get("balance")
                                        .asLong()
                                == 20);
        // the statement is another read model: it may follow the balance by a moment
        await().atMost(Duration.ofSeconds(10))
                .until(() -> admin.get("/api/v1/cards/" + card + "/entries")
                                .json()
                                .get("entries")
                                .size()
                        == 1);
        List<Map<String, Object>> eventsBefore = events(card);
        String cardBefore = admin.get("/api/v1/cards/" + card).body();
        String statementBefore = admin.get("/api/v1/cards/" + card + "/entries").body();
        assertThat(admin.get("/api/v1/cards/" + card + "/holder")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Wu Fang");

        ApiResponse erased =
                admin.send("DELETE", "/api/v1/cards/" + card + "/holder", null, Map.of("Idempotency-Key", key()));

        assertThat(erased.status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/cards/" + card + "/holder").code()).isEqualTo("HOLDER_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM card_holder WHERE card_id = ?", Integer.class, card))
                .isZero();
        assertThat(events(card)).isEqualTo(eventsBefore);
        assertThat(admin.get("/api/v1/cards/" + card).body()).isEqualTo(cardBefore);
        assertThat(admin.get("/api/v1/cards/" + card + "/entries").body()).isEqualTo(statementBefore);
        assertThat(admin.send("DELETE", "/api/v1/cards/" + card + "/holder", null, Map.of("Idempotency-Key", key()))
                        .status())
                .isEqualTo(204);
    }

    private List<Map<String, Object>> events(String card) {
        return jdbc.queryForList("""
                SELECT global_index, event_identifier, sequence_number, payload_type, time_stamp,
                       encode(payload, 'hex') AS payload, encode(meta_data, 'hex') AS meta_data
                  FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index""", card);
    }

    /** Every request checks the name is free, then hashes the password: they all pass the check and race to insert. */
    @Test
    void concurrentCreationsOfOneUsernameGiveOne201AndOnly409s() throws Exception {
        int parallel = 12;
        for (int round = 0; round < 2; round++) {
            String name = "race-" + suffix();
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApiResponse>> answers = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return createUser(name, "{\"role\":\"AUDITOR\"");
                    }));
                }
                start.countDown();
                Map<Integer, Long> statuses = new TreeMap<>();
                for (Future<ApiResponse> answer : answers) {
                    ApiResponse response = answer.get(60, TimeUnit.SECONDS);
                    statuses.merge(response.status(), 1L, Long::sum);
                    if (response.status() == 409) {
                        assertThat(response.code()).isEqualTo("USER_ALREADY_EXISTS");
                    }
                }
                assertThat(statuses)
                        .as("statuses of %d creations of %s", parallel, name)
                        .isEqualTo(Map.of(201, 1L, 409, (long) parallel - 1));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private ApiResponse createUser(String name, String scopeJson) {
        return admin.post(
                "/api/v1/users",
                key(),
                scopeJson + ",\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private static ApiResponse put(ApiClient client, String body) {
        return client.send(
                "PUT",
                "/api/v1/users/me/password",
                body,
                Map.of("Content-Type", "application/json", "Idempotency-Key", key()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
