package org.pointsbank.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.CARDS;
import static org.pointsbank.api.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * Error codes answered with 404 Not Found: an unknown card, entry or station.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class NotFoundIT extends IntegrationTest {

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
    void creditingAnUnknownCardIsCardNotFound() {
        String station = ledger.station();
        String unknown = UUID.randomUUID().toString();
        String key = key();

        ApiResponse response = admin.post(CARDS + unknown + "/volunteer-hours", key,
                LedgerFixture.volunteerBody(station, 60, today()));

        assertProblem(response, 404, "CARD_NOT_FOUND", null);
        problems.assertNothingRecorded(unknown, 0, key);
    }

    @Test
    void creditingACardIdThatIsNotAUuidIsCardNotFound() {
        String station = ledger.station();
        String key = key();

        ApiResponse response = admin.post(CARDS + "not-a-card/volunteer-hours", key,
                LedgerFixture.volunteerBody(station, 60, today()));

        assertProblem(response, 404, "CARD_NOT_FOUND", null);
        problems.assertNothingRecorded("not-a-card", 0, key);
    }

    @Test
    void reversingAnUnknownEntryIsEntryNotFound() {
        Card card = problems.newCard();
        ledger.credited(card.id(), card.station(), 60, today());
        String key = key();

        ApiResponse response = admin.post(CARDS + card.id() + "/entries/" + UUID.randomUUID() + "/reversal", key,
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

        ApiResponse response = admin.post(CARDS + card.id() + "/entries/" + othersEntry + "/reversal", key,
                "{\"reason\":\"wrong card\"}");

        assertProblem(response, 404, "ENTRY_NOT_FOUND", null);
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(problems.events(other.id())).isEqualTo(2);
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
    void creditingAtAnUnknownStationIsStationNotFound() {
        Card card = problems.newCard();
        String unknown = "st-none-" + UUID.randomUUID().toString().substring(0, 8);
        String key = key();

        ApiResponse response = admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(unknown, 60, today()));

        assertProblem(response, 404, "STATION_NOT_FOUND", "stationId");
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(problems.eventsMentioning(unknown)).isZero();
    }
}
