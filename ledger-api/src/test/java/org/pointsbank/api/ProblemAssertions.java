package org.pointsbank.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every error code the service can produce today, as a client sees it: the status, an RFC 9457
 * {@code application/problem+json} body with the stable {@code code} (and the field at fault where
 * there is one), and the API's promise that a rejected request changes nothing. The tests, one
 * class of refusals per feature ({@code credit.CreditValidationIT}, {@code credit.CreditRefusalsIT},
 * {@code credit.ReversalRefusalsIT}, {@code card.CardRefusalsIT}, {@code station.StationRefusalsIT},
 * {@code statement.StatementRefusalsIT}, {@code idempotency.IdempotencyKeyRefusalsIT},
 * {@code security.UnauthenticatedIT}) and {@code http.ProtocolIT} for what every endpoint answers alike,
 * share the checks here.
 *
 * <p>"Changes nothing" is checked where it is decided: the event log ({@code domain_event_entry}
 * rows of the aggregate) and the idempotency store (a refused request's key is not kept), both
 * written synchronously with the command; where it reads well, also the card's read models once
 * they have caught up with what was accepted.
 *
 * <p>One per test, made from the test's clients and database once {@link IntegrationTest} has set
 * them up.
 */
public final class ProblemAssertions {

    public static final Duration PROJECTION_WAIT = Duration.ofSeconds(10);
    public static final String CARDS = "/api/v1/cards/";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String KEY_HEADER = "Idempotency-Key";

    private final ApiClient admin;
    private final LedgerFixture ledger;
    private final JdbcTemplate jdbc;

    public ProblemAssertions(ApiClient admin, LedgerFixture ledger, JdbcTemplate jdbc) {
        this.admin = admin;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** A fresh card at a fresh station: no other test touches it. */
    public record Card(String id, String station) {

        public String volunteerPath() {
            return CARDS + id + "/volunteer-hours";
        }

        public String studyPath() {
            return CARDS + id + "/study-sessions";
        }
    }

    public Card newCard() {
        String station = ledger.station();
        return new Card(ledger.card(station), station);
    }

    /** A fresh card that the read models already show (for the GET endpoints). */
    public Card newVisibleCard() {
        Card card = newCard();
        await().atMost(PROJECTION_WAIT).until(() -> admin.get(CARDS + card.id).status() == 200);
        return card;
    }

    public static String studyBody(String station, int minutes) {
        return "{\"stationId\":\"" + station + "\",\"topic\":\"civic study\",\"minutes\":" + minutes
                + ",\"occurredOn\":\"" + today() + "\"}";
    }

    public static void assertProblem(ApiResponse response, int status, String code, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).as(response.toString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("type").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("title").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
        if (field != null) {
            assertThat(problem.path("errors").path(0).path("field").asText())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }

    /** The aggregate still has exactly {@code expectedEvents} events and the refused key was not kept. */
    public void assertNothingRecorded(String aggregateId, long expectedEvents, String key) {
        assertThat(events(aggregateId)).as("events of " + aggregateId).isEqualTo(expectedEvents);
        assertThat(storedKeys(key)).as("stored idempotency records for " + key).isZero();
    }

    /** The card's read models catch up with the accepted entries, and only with them. */
    public void assertSettlesAt(String cardId, long balance, int statementLines) {
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            assertThat(admin.get(CARDS + cardId).json().get("balance").asLong()).isEqualTo(balance);
            assertThat(admin.get(CARDS + cardId + "/entries").json().get("entries"))
                    .hasSize(statementLines);
        });
    }

    public long events(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregateId);
    }

    public long eventsMentioning(String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE position(? in convert_from(payload, 'UTF8')) > 0",
                Long.class,
                text);
    }

    public long storedKeys(String key) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", Long.class, key);
    }

    public List<String> stationIds() {
        List<String> ids = new ArrayList<>();
        admin.get("/api/v1/stations").json().forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    public JsonNode stationNamed(String id) {
        for (JsonNode station : admin.get("/api/v1/stations").json()) {
            if (station.get("id").asText().equals(id)) {
                return station;
            }
        }
        throw new AssertionError("station " + id + " is not listed");
    }

    /** {@code IntegrationTest.today()}, which only its subclasses may call. */
    private static LocalDate today() {
        return LocalDate.now(IntegrationTest.ZONE);
    }
}
