package org.pointsbank.api.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pointsbank.api.ProblemAssertions.PROBLEM_JSON;
import static org.pointsbank.api.ProblemAssertions.assertProblem;
import static org.pointsbank.api.ProblemAssertions.studyBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.api.ApiResponse;
import org.pointsbank.api.IntegrationTest;
import org.pointsbank.api.LedgerFixture;
import org.pointsbank.api.ProblemAssertions;
import org.pointsbank.api.ProblemAssertions.Card;

/**
 * A credit whose body fails validation (a missing, blank, mistyped or out-of-range field, an unknown field) is
 * 400 {@code VALIDATION_FAILED} naming the field, and records nothing.
 *
 * <p>What every error-code test checks is set out in {@link ProblemAssertions}.
 */
class CreditValidationIT extends IntegrationTest {

    private ProblemAssertions problems;

    @BeforeEach
    void problemAssertions() {
        problems = new ProblemAssertions(admin, ledger, jdbc);
    }

    @Test
    void aMissingFieldIsValidationFailedNamingTheField() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"occurredOn\":\"" + today()
                        + "\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void aBlankActivityIsValidationFailedNamingTheField() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"   \",\"minutes\":60,\"occurredOn\":\""
                        + today() + "\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "activity");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void zeroVolunteerMinutesAreValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response =
                admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 0, today()));

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void moreThan720VolunteerMinutesAreValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response =
                admin.post(card.volunteerPath(), key, LedgerFixture.volunteerBody(card.station(), 721, today()));

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(ledger.volunteer(card.id(), card.station(), 720, today()).status())
                .isEqualTo(201);
    }

    @Test
    void fewerThan30StudyMinutesAreValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(card.studyPath(), key, studyBody(card.station(), 29));

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
        assertThat(ledger.study(card.id(), card.station(), 30, today()).status())
                .isEqualTo(201);
    }

    @Test
    void anUnknownJsonFieldIsValidationFailedNamingIt() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"minutes\":60,"
                        + "\"occurredOn\":\"" + today() + "\",\"bonusPoints\":1000}");

        assertProblem(response, 400, "VALIDATION_FAILED", "bonusPoints");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void minutesThatAreNotANumberAreValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"minutes\":\"abc\","
                        + "\"occurredOn\":\"" + today() + "\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    /**
     * Valid JSON with a value of the wrong JSON type (or one no int can hold) is an invalid field,
     * like "abc" above: VALIDATION_FAILED naming the field, not MALFORMED_REQUEST ("not valid JSON").
     */
    @Test
    void minutesOfAnotherJsonTypeOrOutOfIntRangeAreValidationFailed() {
        Card card = problems.newCard();
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();

        for (String minutes : List.of("true", "[60]", "{\"value\":60}", "99999999999")) {
            String key = key();
            keys.add(key);
            ApiResponse response = admin.post(
                    card.volunteerPath(),
                    key,
                    "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"minutes\":" + minutes
                            + ",\"occurredOn\":\"" + today() + "\"}");
            answers.put(
                    minutes,
                    response.status() + " " + response.code() + " "
                            + response.json()
                                    .path("errors")
                                    .path(0)
                                    .path("field")
                                    .asText("-"));
            assertThat(response.header("Content-Type")).startsWith(PROBLEM_JSON);
        }

        assertThat(answers)
                .allSatisfy((minutes, answer) ->
                        assertThat(answer).as("minutes " + minutes).isEqualTo("400 VALIDATION_FAILED minutes"));
        keys.forEach(key -> problems.assertNothingRecorded(card.id(), 1, key));
    }

    /** Durations are integer minutes (contract, General): 60.5 is refused, not truncated to 60. */
    @Test
    void fractionalMinutesAreValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"minutes\":60.5,"
                        + "\"occurredOn\":\"" + today() + "\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "minutes");
        problems.assertNothingRecorded(card.id(), 1, key);
    }

    @Test
    void anOccurredOnThatIsNotADateIsValidationFailed() {
        Card card = problems.newCard();
        String key = key();

        ApiResponse response = admin.post(
                card.volunteerPath(),
                key,
                "{\"stationId\":\"" + card.station() + "\",\"activity\":\"park cleanup\",\"minutes\":60,"
                        + "\"occurredOn\":\"last tuesday\"}");

        assertProblem(response, 400, "VALIDATION_FAILED", "occurredOn");
        problems.assertNothingRecorded(card.id(), 1, key);
    }
}
