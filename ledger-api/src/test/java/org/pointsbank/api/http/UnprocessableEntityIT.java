package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.KEY_HEADER;
import static org.pointsbank.api.ProblemAssertions.assertProblem;
import static org.pointsbank.api.ProblemAssertions.studyBody;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Error codes answered with 422 Unprocessable Entity: a well-formed request that a rule of the
 * ledger refuses.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class UnprocessableEntityIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aVolunteerMinuteOverTheDailyCapIsDailyLimitExceeded() {
        Card card = problems.newCard();
        assertThat(ledger.volunteer(card.id(), card.station(), 720, today()).status()).isEqualTo(201);
        String key = key();

        ApiResponse response = admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 1, today()));

        assertProblem(response, 422, "DAILY_LIMIT_EXCEEDED", "minutes");
        problems.assertNothingRecorded(card.id(), 2, key);
        problems.assertSettlesAt(card.id(), 120, 1);
    }

    @Test
    void aStudySessionOverTheDailyCapIsDailyLimitExceeded() {
        Card card = problems.newCard();
        assertThat(ledger.study(card.id(), card.station(), 240, today()).status()).isEqualTo(201);
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

        ApiResponse response = admin.post(card.volunteerPath(), key,
                LedgerFixture.volunteerBody(card.station(), 60, today().plusDays(1)));

        assertProblem(response, 422, "OCCURRED_ON_OUT_OF_RANGE", "occurredOn");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void aCreditDated61DaysAgoIsOccurredOnOutOfRangeAnd60DaysAgoIsAccepted() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse tooOld = admin.post(card.volunteerPath(), key,
                LedgerFixture.volunteerBody(card.station(), 60, today().minusDays(61)));

        assertProblem(tooOld, 422, "OCCURRED_ON_OUT_OF_RANGE", "occurredOn");
        problems.assertNothingRecorded(card.id(), 1, key);
        ApiResponse oldest = ledger.volunteer(card.id(), card.station(), 60, today().minusDays(60));
        assertThat(oldest.status()).as(oldest.toString()).isEqualTo(201);
        assertThat(oldest.json().get("occurredOn").asText()).isEqualTo(today().minusDays(60).toString());
    }

    @Test
    void reversingAReversalIsReversalNotReversible() {
        Card card = problems.newCard();
        String entry = ledger.credited(card.id(), card.station(), 60, today());
        ApiResponse reversal = ledger.reverse(card.id(), entry);
        assertThat(reversal.status()).isEqualTo(201);
        String key = key();

        ApiResponse response = admin.post(CARDS + card.id() + "/entries/" + reversal.json().get("entryId").asText()
                + "/reversal", key, "{\"reason\":\"undo the undo\"}");

        assertProblem(response, 422, "REVERSAL_NOT_REVERSIBLE", null);
        problems.assertNothingRecorded(card.id(), 3, key);
        problems.assertSettlesAt(card.id(), 0, 2);
    }

    @Test
    void aKeyUsedForADifferentRequestIsIdempotencyKeyReused() {
        Card card = problems.newCard();
        String key = key();
        assertThat(admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today()))
                .status()).isEqualTo(201);

        ApiResponse response = admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 90, today()));

        assertProblem(response, 422, "IDEMPOTENCY_KEY_REUSED", KEY_HEADER);
        assertThat(problems.events(card.id())).isEqualTo(2);
        problems.assertSettlesAt(card.id(), 10, 1);
    }
}
