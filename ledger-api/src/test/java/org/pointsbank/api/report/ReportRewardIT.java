package org.pointsbank.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reward of a verified report is an entry like any other: capped per card and day, reversible, refused by a
 * closed card; a refusal is recorded on the report and the verification stands.
 */
class ReportRewardIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    private static final Duration WAIT = Duration.ofSeconds(15);

    private ReportFixture reports;
    private String station;
    private String card;
    private String category;
    private String cell;
    private ApiClient resolver;
    private ApiClient verifier;

    @BeforeEach
    void aGridHandledByOneStation() {
        // noon of today, so that every verification of a test falls on one business day (the cap counts per day)
        clock.travelTo(clock.today());
        reports = new ReportFixture(admin, gateway);
        station = ledger.station();
        card = ledger.card(station);
        category = reports.category(5);
        cell = reports.county(station);
        resolver = reports.staff(station);
        verifier = reports.staff(station);
    }

    @Test
    void theSixthRewardedReportOfADayIsVerifiedButNotPaid() {
        List<JsonNode> verified = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String reportId = reports.submitted(admin, card, category, cell);
            reports.resolved(resolver, reportId);
            ApiResponse response = reports.verify(verifier, reportId, "CONFIRMED");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            verified.add(response.json());
        }
        for (JsonNode paid : verified.subList(0, 5)) {
            assertThat(paid.path("pointsCredited").asInt()).as(paid.toString()).isEqualTo(5);
        }
        JsonNode sixth = verified.get(5);
        assertThat(sixth.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(sixth.path("pointsCredited").asInt()).isZero();
        assertThat(sixth.has("entryId")).isFalse();
        assertThat(sixth.path("rewardRefusal").path("code").asText()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        assertThat(sixth.path("rewardRefusal").path("message").asText()).isNotBlank();
        assertThat(creditEvents()).isEqualTo(5);

        JsonNode read = reports.awaitStatus(admin, sixth.path("reportId").asText(), "VERIFIED");
        assertThat(read.path("rewardRefusal").path("code").asText()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(admin.get("/api/v1/cards/" + card)
                                .json()
                                .path("balance")
                                .asLong())
                        .isEqualTo(25));
    }

    @Test
    void aRewardIsReversedThroughTheReversalEndpointAndTheStatementShowsIt() {
        String reportId = reports.submitted(admin, card, category, cell);
        reports.resolved(resolver, reportId);
        String entryId = reports.verify(verifier, reportId, "CONFIRMED")
                .json()
                .path("entryId")
                .asText();
        ApiResponse reversal = resolver.post(
                "/api/v1/cards/" + card + "/entries/" + entryId + "/reversal", key(), "{\"reason\":\"same drain\"}");
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().path("points").asLong()).isEqualTo(-5);
        assertThat(reversal.json().path("reverses").asText()).isEqualTo(entryId);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode entries =
                    admin.get("/api/v1/cards/" + card + "/entries").json().path("entries");
            List<String> types = new ArrayList<>();
            entries.forEach(line -> types.add(line.path("type").asText()));
            assertThat(types).containsExactly("PROBLEM_REPORT", "REVERSAL");
            assertThat(entries.get(1).path("reverses").asText()).isEqualTo(entryId);
            assertThat(entries.get(1).path("runningBalance").asLong()).isZero();
        });
    }

    @Test
    void aClosedCardsReportIsVerifiedAndItsRewardRefusedOnTheReport() {
        String reportId = reports.submitted(admin, card, category, cell);
        reports.resolved(resolver, reportId);
        ApiResponse closed = admin.post("/api/v1/cards/" + card + "/closure", key(), "{\"reason\":\"moved away\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        String key = key();
        String path = ReportFixture.REPORTS + "/" + reportId + "/verification";
        ApiResponse verified = verifier.post(path, key, "{\"verdict\":\"CONFIRMED\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("rewardRefusal").path("code").asText()).isEqualTo("CARD_NOT_ACTIVE");
        ApiResponse retried = verifier.post(path, key, "{\"verdict\":\"CONFIRMED\"}");
        assertThat(retried.status())
                .as("the card's refusal, caught inside the request, keeps its idempotency record: " + retried)
                .isEqualTo(200);
        assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retried.body()).isEqualTo(verified.body());
        assertThat(creditEvents()).isZero();
        JsonNode read = reports.awaitStatus(admin, reportId, "VERIFIED");
        assertThat(read.path("rewardRefusal").path("code").asText()).isEqualTo("CARD_NOT_ACTIVE");
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertProblem(reports.submit(admin, card, category, cell), 409, "CARD_NOT_ACTIVE", "cardId"));
    }

    private long creditEvents() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class,
                card,
                "%ProblemReportCredited");
    }
}
