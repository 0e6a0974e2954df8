package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.api.ApiClient;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.config.AggregateCache;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.report.ReportFixture;
import org.pointsbank.core.card.RewardCard;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A command that fails inside a request's unit of work ({@link IdempotentRequests}) and is caught, the request going
 * on: the idempotency record must commit with the events recorded after the failure, so a retry with the same key is
 * replayed and records nothing again. Both kinds of caught failure: a rule of an existing aggregate (a closed card
 * refusing a credit) and "not found" from loading an aggregate that does not exist. Each with the aggregate in the
 * cache and not (as after a restart or an eviction, and after any refusal: a rolled-back unit of work evicts what it
 * loaded): only a load from the event store inside the failing command's own unit of work took Axon's connection
 * there, and its rollback rolled back the request's transaction so far (docs/stack.md).
 */
class NestedCommandFailureIT extends IntegrationTest {

    @Autowired
    private CommandGateway gateway;

    @Autowired
    private IdempotentRequests idempotency;

    @Autowired
    private LedgerCommands commands;

    @Autowired
    private AggregateCache cache;

    /** The reporter's card was closed: the verification stands and the refusal is recorded on the report. */
    @ParameterizedTest(name = "card evicted from the cache: {0}")
    @ValueSource(booleans = {false, true})
    void aVerificationWhoseRewardTheCardRefusesIsRecordedOnceAndReplayed(boolean evicted) {
        ReportFixture reports = new ReportFixture(admin, gateway);
        String station = ledger.station();
        String card = ledger.card(station);
        String category = reports.category(5);
        String cell = reports.county(station);
        ApiClient resolver = reports.staff(station);
        ApiClient verifier = reports.staff(station);
        String reportId = reports.submitted(admin, card, category, cell);
        reports.resolved(resolver, reportId);
        ApiResponse closure = admin.post("/api/v1/cards/" + card + "/closure", key(), "{\"reason\":\"moved away\"}");
        assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
        if (evicted) {
            evict(card);
        }

        String key = key();
        String path = ReportFixture.REPORTS + "/" + reportId + "/verification";
        ApiResponse first = verifier.post(path, key, "{\"verdict\":\"CONFIRMED\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("rewardRefusal").path("code").asText()).isEqualTo("CARD_NOT_ACTIVE");
        assertThat(recorded(key)).as("the idempotency record").isEqualTo(1);

        ApiResponse again = verifier.post(path, key, "{\"verdict\":\"CONFIRMED\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(events(reportId, "ReportVerified")).isEqualTo(1);
        assertThat(events(reportId, "RewardRefused")).isEqualTo(1);
        assertThat(events(card, "ProblemReportCredited")).isZero();
    }

    /** A close whose attendee's card was closed: the card refuses the credit, the close is replayed under its key. */
    @ParameterizedTest(name = "card evicted from the cache: {0}")
    @ValueSource(booleans = {false, true})
    void anActivityCloseWithAClosedAttendeesCardIsReplayed(boolean evicted) {
        LocalDate day = LocalDate.of(2117, 6, evicted ? 14 : 13);
        at(day, "08:00");
        String station = ledger.station();
        String closedCard = ledger.card(station);
        String fine = ledger.card(station);
        String activity = plan(station, day);
        at(day, "08:59");
        for (String card : List.of(closedCard, fine)) {
            assertThat(attendance(activity, "check-ins", card).status()).isEqualTo(200);
        }
        ApiResponse closure =
                admin.post("/api/v1/cards/" + closedCard + "/closure", key(), "{\"reason\":\"card lost\"}");
        assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
        at(day, "10:00");
        for (String card : List.of(closedCard, fine)) {
            assertThat(attendance(activity, "check-outs", card).status()).isEqualTo(200);
        }
        if (evicted) {
            evict(closedCard);
        }

        String key = key();
        ApiResponse first = admin.post("/api/v1/activities/" + activity + "/close", key, "{}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("refused").toString()).contains(closedCard, "CARD_NOT_ACTIVE");
        assertThat(recorded(key)).as("the idempotency record").isEqualTo(1);

        ApiResponse again = admin.post("/api/v1/activities/" + activity + "/close", key, "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(events(activity, "ActivityClosed")).isEqualTo(1);
        assertThat(events(fine, "VolunteerHoursCredited")).isEqualTo(1);
    }

    /**
     * No endpoint goes on after a command found no aggregate (the grid's and the catalogue's ask the log's index
     * instead), so this runs a request's body directly: first a credit to a card that does not exist, caught, then
     * a credit to one that does.
     */
    @ParameterizedTest(name = "after a command on a stored aggregate first: {0}")
    @ValueSource(booleans = {false, true})
    void aCaughtAggregateNotFoundKeepsTheRecordWithTheEventsAfterIt(boolean storedFirst) {
        String station = ledger.station();
        String card = ledger.card(station);
        String other = ledger.card(station);
        evict(other);
        String missing = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        String key = key();

        ResponseEntity<String> first = asRequest(
                key,
                () -> idempotency.execute("not found", () -> {
                    runs.incrementAndGet();
                    if (storedFirst) {
                        commands.send(credit(other, station));
                    }
                    try {
                        commands.send(credit(missing, station));
                    } catch (AggregateNotFoundException expected) {
                        // the request goes on, as one that found nothing to do for this id would
                    }
                    commands.send(credit(card, station));
                    return LedgerResponse.ok(new Outcome("done"));
                }));
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(recorded(key)).as("the idempotency record").isEqualTo(1);

        ResponseEntity<String> again =
                asRequest(key, () -> idempotency.execute("not found", () -> LedgerResponse.ok(new Outcome("twice"))));
        assertThat(again.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(runs).hasValue(1);
        assertThat(events(card, "VolunteerHoursCredited")).isEqualTo(1);
        assertThat(events(missing, "")).isZero();
    }

    /** The same with a rule of an existing card: a credit refused by a closed card, caught, then another credit. */
    @ParameterizedTest(name = "closed card evicted from the cache: {0}")
    @ValueSource(booleans = {false, true})
    void aCaughtRuleViolationKeepsTheRecordWithTheEventsAfterIt(boolean evicted) {
        String station = ledger.station();
        String closedCard = ledger.card(station);
        String card = ledger.card(station);
        ApiResponse closure =
                admin.post("/api/v1/cards/" + closedCard + "/closure", key(), "{\"reason\":\"card lost\"}");
        assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
        if (evicted) {
            evict(closedCard);
        }
        String key = key();

        ResponseEntity<String> first = asRequest(
                key,
                () -> idempotency.execute("refused", () -> {
                    String outcome = "credited";
                    try {
                        commands.send(credit(closedCard, station));
                    } catch (RuleViolation refused) {
                        outcome = refused.code();
                    }
                    commands.send(credit(card, station));
                    return LedgerResponse.ok(new Outcome(outcome));
                }));
        assertThat(first.getBody()).contains("CARD_NOT_ACTIVE");
        assertThat(recorded(key)).as("the idempotency record").isEqualTo(1);

        ResponseEntity<String> again =
                asRequest(key, () -> idempotency.execute("refused", () -> LedgerResponse.ok(new Outcome("twice"))));
        assertThat(again.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(events(card, "VolunteerHoursCredited")).isEqualTo(1);
        assertThat(events(closedCard, "VolunteerHoursCredited")).isZero();
    }

    record Outcome(String outcome) {}

    private static CreditVolunteerHours credit(String card, String station) {
        return new CreditVolunteerHours(
                card, UUID.randomUUID().toString(), station, "river bank clean-up", 60, today());
    }

    /** As after a restart or an eviction: the next command on the card loads it from the event store. */
    private void evict(String card) {
        cache.of(RewardCard.class).remove(card);
    }

    /** Runs {@code body} as a POST of the admin's with {@code key}, as the request's handler would. */
    private static ResponseEntity<String> asRequest(
            String key, java.util.function.Supplier<ResponseEntity<String>> body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/test/nested-failure");
        request.addHeader(LedgerCommands.IDEMPOTENCY_KEY_HEADER, key);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            return body.get();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The key's record with its answer (keys are random: the user need not be named). */
    private long recorded(String key) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ? AND response_status IS NOT NULL",
                Long.class,
                key);
    }

    private long events(String aggregateId, String type) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                Long.class,
                aggregateId,
                "%" + type);
    }

    private void at(LocalDate day, String time) {
        clock.travelTo(day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant());
    }

    private String plan(String station, LocalDate day) {
        ApiResponse planned = admin.post(
                "/api/v1/stations/" + station + "/activities",
                key(),
                "{\"kind\":\"VOLUNTEER\",\"title\":\"River bank clean-up\",\"date\":\"" + day
                        + "\",\"startTime\":\"09:00\",\"endTime\":\"10:00\",\"selfCheckIn\":false}");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json().get("activityId").asText();
    }

    private ApiResponse attendance(String activity, String step, String card) {
        return admin.post("/api/v1/activities/" + activity + "/" + step, key(), "{\"cardId\":\"" + card + "\"}");
    }
}
