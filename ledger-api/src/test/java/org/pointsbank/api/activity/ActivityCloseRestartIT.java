package org.pointsbank.api.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.PointsBankApplication;
import org.pointsbank.api.TestClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactly once across a crash. The first service is told (a test-only fault) to stop carrying out a close after
 * four credits, and its close process is stopped first, so the close is recorded and only partly carried out
 * when the service goes down. A second service on the same data finishes it by itself: every attendee is
 * credited once (none twice, none missed), the balances reconcile with the log, and the client that retries its
 * close with the same key gets the whole answer.
 */
class ActivityCloseRestartIT {

    private static final int ATTENDEES = 10;
    private static final LocalDate DAY = LocalDate.of(2117, 2, 9);

    @TempDir
    Path dataDir;

    @Test
    void aCloseStoppedAfterSomeCreditsIsFinishedAfterARestartCreditingEveryAttendeeOnce() {
        List<String> cards = new ArrayList<>();
        String activity;
        String key = UUID.randomUUID().toString();
        try (ConfigurableApplicationContext first = start(
                "--pointsbank.activities.close-chunk-size=2", "--pointsbank.activities.test-fault-after-credits=4")) {
            ApiClient client = client(first);
            TestClock clock = clock(first);
            clock.travelTo(DAY.atTime(LocalTime.of(8, 0)).atZone(ZONE).toInstant());
            LedgerFixture ledger = new LedgerFixture(client);
            String station = ledger.station();
            for (int i = 0; i < ATTENDEES; i++) {
                cards.add(ledger.card(station));
            }
            activity = ActivityDesk.planned(client, station, "VOLUNTEER", DAY, "09:00", "10:00", null, false);
            clock.travelTo(DAY.atTime(LocalTime.of(8, 59)).atZone(ZONE).toInstant());
            cards.forEach(card -> assertThat(
                            ActivityDesk.checkInCard(client, activity, card).status())
                    .isEqualTo(200));
            clock.travelTo(DAY.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant());
            cards.forEach(card -> assertThat(
                            ActivityDesk.checkOutCard(client, activity, card).status())
                    .isEqualTo(200));

            first.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("activity_close_process", StreamingEventProcessor.class)
                    .orElseThrow()
                    .shutDown();
            ApiResponse crashed = ActivityDesk.close(client, activity, key);
            assertThat(crashed.status()).as(crashed.toString()).isEqualTo(500);
            assertThat(credits(first, cards)).as("credited before the fault").isEqualTo(4);
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient client = client(second);
            clock(second).travelTo(DAY.atTime(LocalTime.of(11, 0)).atZone(ZONE).toInstant());
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(credits(second, cards)).isEqualTo(ATTENDEES));
            for (String card : cards) {
                assertThat(second.getBean(JdbcTemplate.class)
                                .queryForObject(
                                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                                + " AND payload_type LIKE '%VolunteerHoursCredited'",
                                        Long.class, card))
                        .as("credits of " + card)
                        .isEqualTo(1);
            }
            ApiResponse retried = ActivityDesk.close(client, activity, key);
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            assertThat(retried.json().get("credited")).hasSize(ATTENDEES);
            assertThat(retried.json().get("credited").findValuesAsText("points"))
                    .containsOnly("10");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String card : cards) {
                    JsonNode view = client.get("/api/v1/cards/" + card).json();
                    assertThat(view.get("balance").asLong()).isEqualTo(10);
                }
                assertThat(client.get("/api/v1/audit/reconciliation").json().get("differences"))
                        .isEmpty();
                assertThat(client.get("/api/v1/activities/" + activity)
                                .json()
                                .get("roster")
                                .findValuesAsText("status"))
                        .containsOnly("CREDITED");
            });
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static long credits(ConfigurableApplicationContext context, List<String> cards) {
        Long count = context.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ANY (?)"
                                + " AND payload_type LIKE '%VolunteerHoursCredited'",
                        Long.class, (Object) cards.toArray(String[]::new));
        return count == null ? 0 : count;
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--pointsbank.data-dir=" + dataDir.toAbsolutePath(),
                "--pointsbank.admin-password=" + password()));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(PointsBankApplication.class, MovableClock.class)
                .run(args.toArray(String[]::new));
    }

    /** The service's clock, which this test moves; a plain class (no stereotype) no component scan finds. */
    static class MovableClock {

        @Bean
        @Primary
        TestClock movableClock() {
            return new TestClock(ZONE);
        }
    }

    private static TestClock clock(ConfigurableApplicationContext context) {
        Clock clock = context.getBean(Clock.class);
        assertThat(clock).isInstanceOf(TestClock.class);
        return (TestClock) clock;
    }

    private String password() {
        return "restart-" + UUID.nameUUIDFromBytes(dataDir.toString().getBytes());
    }

    private ApiClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient(port, "admin", password());
    }
}
