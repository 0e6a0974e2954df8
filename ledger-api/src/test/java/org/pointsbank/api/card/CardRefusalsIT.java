package org.pointsbank.api.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Card requests refused: an unknown card read (404 {@code CARD_NOT_FOUND}), a card issued at an unknown station
 * (404 {@code STATION_NOT_FOUND}), a balance {@code asOf} that is not an instant (400).
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class CardRefusalsIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void readingAnUnknownCardIsCardNotFound() {
        for (String card : List.of(UUID.randomUUID().toString(), "not-a-card")) {
            assertProblem(admin.get(CARDS + card), 404, "CARD_NOT_FOUND", null);
            assertProblem(admin.get(CARDS + card + "/entries"), 404, "CARD_NOT_FOUND", null);
            assertProblem(admin.get(CARDS + card + "/balance"), 404, "CARD_NOT_FOUND", null);
        }
    }

    @Test
    void issuingACardAtAnUnknownStationIsStationNotFound() {
        String unknown = "st-none-" + UUID.randomUUID().toString().substring(0, 8);
        String key = key();

        ApiResponse response = admin.post("/api/v1/cards", key, "{\"stationId\":\"" + unknown + "\"}");

        assertProblem(response, 404, "STATION_NOT_FOUND", "stationId");
        assertThat(problems.eventsMentioning(unknown)).isZero();
        assertThat(problems.storedKeys(key)).isZero();
    }

    @Test
    void anAsOfThatIsNotAnInstantIsValidationFailed() {
        Card card = problems.newVisibleCard();

        ApiResponse response = admin.get(CARDS + card.id() + "/balance?asOf=yesterday");

        assertProblem(response, 400, "VALIDATION_FAILED", "asOf");
    }
}
