package org.pointsbank.api.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Reversals the ledger refuses: an unknown entry or another card's (404 {@code ENTRY_NOT_FOUND}), an entry
 * reversed already (409 {@code ENTRY_ALREADY_REVERSED}), a reversal itself (422 {@code REVERSAL_NOT_REVERSIBLE}).
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class ReversalRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void reversingAnUnknownEntryIsEntryNotFound() {
        Card card = problems.newCard();
        ledger.credited(card.id(), card.station(), 60, today());
        String key = key();

        ApiResponse response = admin.post(
                CARDS + card.id() + "/entries/" + UUID.randomUUID() + "/reversal",
                key,
                "{\"reason\":\"never happened\"}");

        assertProblem(response, 404, "ENTRY_NOT_FOUND", null);
        problems.assertNothingRecorded(card.id(), 2, key);
        problems.assertSettlesAt(card.id(), 10, 1);
    }

    @Test
    void reversingAnotherCardsEntryIsEntryNotFound() {
        Card card = problems.newCard();
        Card other = problems.newCard();
        String othersEntry = ledger.credited(other.id(), other.station(), 60, today());
        String key = key();

        ApiResponse response = admin.post(
                CARDS + card.id() + "/entries/" + othersEntry + "/reversal", key, "{\"reason\":\"wrong card\"}");

        assertProblem(response, 404, "ENTRY_NOT_FOUND", null);
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(problems.events(other.id())).isEqualTo(2);
    }

    // INSUFFICIENT_POINTS cannot be produced through the API today, so it has no test here
    // (a test that forced it would be fake). RewardCard refuses a reversal when
    // balance < the reversed entry's points, but with only credits (points >= 0) and reversals
    // the balance is always the sum of the points of the entries not yet reversed, and a
    // reversible entry is one of them: balance >= its points, always. Only a debit that does
    // not reverse a credit (redemptions, not implemented yet) can make the balance smaller
    // than an unreversed credit; its test belongs with that feature.

    @Test
    void reversingAnEntryTwiceIsEntryAlreadyReversed() {
        Card card = problems.newCard();
        String entry = ledger.credited(card.id(), card.station(), 60, today());
        assertThat(ledger.reverse(card.id(), entry).status()).isEqualTo(201);
        String key = key();

        ApiResponse response = admin.post(
                CARDS + card.id() + "/entries/" + entry + "/reversal", key, "{\"reason\":\"entered twice, again\"}");

        assertProblem(response, 409, "ENTRY_ALREADY_REVERSED", null);
        problems.assertNothingRecorded(card.id(), 3, key);
        problems.assertSettlesAt(card.id(), 0, 2);
    }

    @Test
    void reversingAReversalIsReversalNotReversible() {
        Card card = problems.newCard();
        String entry = ledger.credited(card.id(), card.station(), 60, today());
        ApiResponse reversal = ledger.reverse(card.id(), entry);
        assertThat(reversal.status()).isEqualTo(201);
        String key = key();

        ApiResponse response = admin.post(
                CARDS + card.id() + "/entries/" + reversal.json().get("entryId").asText() + "/reversal",
                key,
                "{\"reason\":\"undo the undo\"}");

        assertProblem(response, 422, "REVERSAL_NOT_REVERSIBLE", null);
        problems.assertNothingRecorded(card.id(), 3, key);
        problems.assertSettlesAt(card.id(), 0, 2);
    }
}
