package org.pointsbank.api.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.PROJECTION_WAIT;
import static org.pointsbank.api.ProblemAssertions.assertProblem;
import static org.pointsbank.api.ProblemAssertions.studyBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Credits the ledger refuses: an unknown or closed card (404 {@code CARD_NOT_FOUND}, 409 {@code CARD_NOT_ACTIVE}),
 * an unknown station (404 {@code STATION_NOT_FOUND}), a daily cap or a date out of range (422). Nothing is recorded.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class CreditRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void creditingAnUnknownCardIsCardNotFound() {
        String station = ledger.station();
        String unknown = UUID.randomUUID().toString();
        String key = key();

        ApiResponse response = admin.post(
                CARDS + unknown + "/volunteer-hours", key, LedgerFixture.volunteerBody(station, 60, today()));

        assertProblem(response, 404, "CARD_NOT_FOUND", null);
        problems.assertNothingRecorded(unknown, 0, key);
    }

    @Test
    void creditingACardIdThatIsNotAUuidIsCardNotFound() {
        String station = ledger.station();
        String key = key();

        ApiResponse response = admin.post(
                CARDS + "not-a-card/volunteer-hours", key, LedgerFixture.volunteerBody(station, 60, today()));

        assertProblem(response, 404, "CARD_NOT_FOUND", null);
        problems.assertNothingRecorded("not-a-card", 0, key);
    }

    @Test
    void creditingAtAnUnknownStationIsStationNotFound() {
        Card card = problems.newCard();
        String unknown = "st-none-" + UUID.randomUUID().toString().substring(0, 8);
        String key = key();

        ApiResponse response = admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(unknown, 60, today()));

        assertProblem(response, 404, "STATION_NOT_FOUND", "stationId");
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(problems.eventsMentioning(unknown)).isZero();
    }

    @Test
    void creditingAClosedCardIsCardNotActive() {
        Card card = problems.newCard();
        ledger.credited(card.id(), card.station(), 60, today());
        ApiResponse closed = admin.post(CARDS + card.id() + "/closure", key(), "{\"reason\":\"holder moved away\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        String key = key();

        ApiResponse response =
                admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today()));

        assertProblem(response, 409, "CARD_NOT_ACTIVE", null);
        problems.assertNothingRecorded(card.id(), 3, key);
        await().atMost(PROJECTION_WAIT).untilAsserted(() -> {
            JsonNode view = admin.get(CARDS + card.id()).json();
            assertThat(view.get("status").asText()).isEqualTo("CLOSED");
            assertThat(view.get("balance").asLong()).isEqualTo(10);
        });
    }

    @Test
    void aVolunteerMinuteOverTheDailyCapIsDailyLimitExceeded() {
        Card card = problems.newCard();
        assertThat(ledger.volunteer(card.id(), card.station(), 720, today()).status())
                .isEqualTo(201);
        String key = key();

        ApiResponse response =
                admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 1, today()));

        assertProblem(response, 422, "DAILY_LIMIT_EXCEEDED", "minutes");
        problems.assertNothingRecorded(card.id(), 2, key);
        problems.assertSettlesAt(card.id(), 120, 1);
    }

    @Test
    void aStudySessionOverTheDailyCapIsDailyLimitExceeded() {
        Card card = problems.newCard();
        assertThat(ledger.study(card.id(), card.station(), 240, today()).status())
                .isEqualTo(201);
        String key = key();

        ApiResponse response = admin.post(card.studyPath(), key, studyBody(card.station(), 30));

        assertProblem(response, 422, "DAILY_LIMIT_EXCEEDED", "minutes");
        problems.assertNothingRecorded(card.id(), 2, key);
        problems.assertSettlesAt(card.id(), 40, 1);
    }

    @Test
    void aCreditDatedTomorrowIsOccurredOnOutOfRange() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today().plusDays(1)));

        assertProblem(response, 422, "OCCURRED_ON_OUT_OF_RANGE", "occurredOn");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void aCreditDated61DaysAgoIsOccurredOnOutOfRangeAnd60DaysAgoIsAccepted() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse tooOld = admin.post(
                card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today().minusDays(61)));

        assertProblem(tooOld, 422, "OCCURRED_ON_OUT_OF_RANGE", "occurredOn");
        problems.assertNothingRecorded(card.id(), 1, key);
        ApiResponse oldest = ledger.volunteer(card.id(), card.station(), 60, today().minusDays(60));
        assertThat(oldest.status()).as(oldest.toString()).isEqualTo(201);
        assertThat(oldest.json().get("occurredOn").asText())
                .isEqualTo(today().minusDays(60).toString());
    }
}
