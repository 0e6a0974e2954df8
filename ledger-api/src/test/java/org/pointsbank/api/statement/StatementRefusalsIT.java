package org.pointsbank.api.statement;

import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Statement reads refused: a page limit out of range and a cursor this API never gave out (400 naming the
 * parameter).
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class StatementRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aStatementLimitOfZeroIsValidationFailed() {
        Card card = problems.newVisibleCard();

        ApiResponse response = admin.get(CARDS + card.id() + "/entries?limit=0");

        assertProblem(response, 400, "VALIDATION_FAILED", "limit");
    }

    @Test
    void aCursorThisApiNeverGaveOutIsValidationFailed() {
        Card card = problems.newVisibleCard();

        ApiResponse notBase64 = admin.get(CARDS + card.id() + "/entries?cursor=%21%21%21");
        ApiResponse notOurs = admin.get(CARDS + card.id() + "/entries?cursor=bm9wZQ"); // "nope"

        assertProblem(notBase64, 400, "VALIDATION_FAILED", "cursor");
        assertProblem(notOurs, 400, "VALIDATION_FAILED", "cursor");
    }
}
