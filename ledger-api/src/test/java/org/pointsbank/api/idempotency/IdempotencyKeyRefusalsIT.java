package org.pointsbank.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.KEY_HEADER;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * A ledger-changing request without an {@code Idempotency-Key} (400 {@code IDEMPOTENCY_KEY_REQUIRED}), or with one
 * already used for a different request (422 {@code IDEMPOTENCY_KEY_REUSED}), records nothing.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class IdempotencyKeyRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aCreditWithoutAnIdempotencyKeyIsRefused() {
        Card card = problems.newCard();

        ApiResponse response =
                admin.post(card.volunteerPath(), null, LedgerFixture.volunteerBody(card.station(), 60, today()));

        assertProblem(response, 400, "IDEMPOTENCY_KEY_REQUIRED", KEY_HEADER);
        assertThat(problems.events(card.id())).isEqualTo(1);
    }

    @Test
    void aKeyUsedForADifferentRequestIsIdempotencyKeyReused() {
        Card card = problems.newCard();
        String key = key();
        assertThat(admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 60, today()))
                        .status())
                .isEqualTo(201);

        ApiResponse response =
                admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 90, today()));

        assertProblem(response, 422, "IDEMPOTENCY_KEY_REUSED", KEY_HEADER);
        assertThat(problems.events(card.id())).isEqualTo(2);
        problems.assertSettlesAt(card.id(), 10, 1);
    }
}
