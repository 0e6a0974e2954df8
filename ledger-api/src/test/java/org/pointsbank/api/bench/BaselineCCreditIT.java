package org.pointsbank.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.projections.audit.EventSeal;
import org.pointsbank.projections.audit.StoredEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Baseline (c) behind the API's security chain, on the service started with the {@code benchmark} profile: its
 * own context and database (closed after this class), since the endpoint exists only in that profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("benchmark")
@DirtiesContext
class BaselineCCreditIT {

    private static final String PASSWORD = "admin-test-password";
    private static final Path DATA_DIR = Path.of("target", "it-data", "benchmark-" + UUID.randomUUID());

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventSeal eventSeal;

    private ApiClient admin;
    private String station;
    private String card;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("pointsbank.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
        registry.add("pointsbank.admin-password", () -> PASSWORD);
        registry.add("pointsbank.nightly-checks.enabled", () -> "false");
        // concurrent credits as one user: the rate limit is tested on its own (JwtAuthIT)
        registry.add("pointsbank.limits.requests-per-second", () -> "100000");
        registry.add("pointsbank.limits.burst", () -> "100000");
    }

    @BeforeEach
    void cardAtAStation() {
        admin = new ApiClient(port, "admin", PASSWORD);
        LedgerFixture ledger = new LedgerFixture(admin);
        station = ledger.station();
        card = ledger.card(station);
    }

    @Test
    void recordsACreditOnceAndAnswersARetryWithTheFirstAnswer() {
        long realEvents = count("domain_event_entry");
        String key = UUID.randomUUID().toString();

        ApiResponse first = credit(admin, key, body(6));
        ApiResponse retry = credit(admin, key, body(6));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("cardId").asText()).isEqualTo(card);
        assertThat(first.json().path("type").asText()).isEqualTo("VOLUNTEER_HOURS");
        assertThat(first.json().path("points").asLong()).isEqualTo(1);
        assertThat(first.json().path("balance").asLong()).isEqualTo(1);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(benchEvents()).isEqualTo(1);
        assertThat(sealsOfCard()).isEqualTo(1);
        assertThat(count("domain_event_entry")).as("nothing in the real log").isEqualTo(realEvents);
    }

    @Test
    void continuesTheCardsStreamAndSealsEachRowWithTheBenchsOwnKeyNeverTheServices() {
        ApiResponse first = credit(admin, UUID.randomUUID().toString(), body(6));
        ApiResponse second = credit(admin, UUID.randomUUID().toString(), body(12));

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("balance").asLong())
                .isEqualTo(first.json().path("balance").asLong() + 2);
        assertThat(jdbc.queryForList(
                        "SELECT sequence_number FROM bench_event WHERE aggregate_identifier = ? ORDER BY 1",
                        Long.class,
                        card))
                .containsExactly(1L, 2L); // after the real log's CardIssued at 0
        var last = jdbc.queryForMap(
                "SELECT s.seal, e.global_index FROM bench_event_seal s JOIN bench_event e"
                        + " ON e.global_index = s.global_index WHERE e.aggregate_identifier = ?"
                        + " ORDER BY e.sequence_number DESC LIMIT 1",
                card);
        StoredEvent row = jdbc.queryForObject(
                "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, payload_type, payload,"
                        + " meta_data, time_stamp FROM bench_event WHERE global_index = ?",
                (rs, n) -> new StoredEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        null,
                        rs.getString(5),
                        null,
                        rs.getBytes(6),
                        rs.getBytes(7),
                        rs.getString(8)),
                last.get("global_index"));
        String seal = (String) last.get("seal");
        assertThat(eventSeal.derived(BenchSeal.PURPOSE).matches(row, seal))
                .as("the row's seal under the bench's key, derived from the service's")
                .isTrue();
        assertThat(eventSeal.matches(row, seal))
                .as("a bench row's seal never passes for a sealed event under the service's key")
                .isFalse();
    }

    @Test
    void queuesConcurrentCreditsToOneCardInsteadOfRefusingThem() throws Exception {
        int credits = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(credits);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < credits; i++) {
                answers.add(clients.submit(() -> {
                    go.await();
                    return credit(admin, UUID.randomUUID().toString(), body(6));
                }));
            }
            go.countDown();
            for (Future<ApiResponse> answer : answers) {
                ApiResponse response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(jdbc.queryForList(
                        "SELECT sequence_number FROM bench_event WHERE aggregate_identifier = ? ORDER BY 1",
                        Long.class,
                        card))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, credits).boxed().toList());
        assertThat(sealsOfCard()).isEqualTo(credits);
    }

    @Test
    void refusesWhatTheRealCreditRefuses() {
        ApiResponse anonymous =
                credit(new ApiClient(port, null, null), UUID.randomUUID().toString(), body(6));
        ApiResponse wrongPassword =
                credit(admin.as("admin", "wrong"), UUID.randomUUID().toString(), body(6));
        ApiResponse noKey = credit(admin, null, body(6));
        String key = UUID.randomUUID().toString();
        credit(admin, key, body(6));
        ApiResponse reused = credit(admin, key, body(12));
        ApiResponse unknownCard = admin.post(
                "/api/v1/bench/baseline-c/cards/" + UUID.randomUUID() + "/volunteer-hours",
                UUID.randomUUID().toString(),
                body(6));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(unknownCard.status()).isEqualTo(404);
        assertThat(unknownCard.code()).isEqualTo("CARD_NOT_FOUND");
        assertThat(benchEvents()).as("only the one credit").isEqualTo(1);
    }

    private ApiResponse credit(ApiClient client, String key, String body) {
        return client.post("/api/v1/bench/baseline-c/cards/" + card + "/volunteer-hours", key, body);
    }

    private String body(int minutes) {
        return LedgerFixture.volunteerBody(station, minutes, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    private long benchEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM bench_event WHERE aggregate_identifier = ?", Long.class, card);
    }

    private long sealsOfCard() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM bench_event_seal c JOIN bench_event e ON e.global_index = c.global_index"
                        + " WHERE e.aggregate_identifier = ?",
                Long.class,
                card);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
