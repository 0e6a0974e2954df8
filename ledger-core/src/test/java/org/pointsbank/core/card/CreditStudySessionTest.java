package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.SIXTY_DAYS_AGO;
import static org.pointsbank.core.card.CardTestSupport.SIXTY_ONE_DAYS_AGO;
import static org.pointsbank.core.card.CardTestSupport.TOMORROW;
import static org.pointsbank.core.card.CardTestSupport.V1;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.policy.MinutesOutOfRange;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

/**
 * Crediting a study session to a card: {@link CreditStudySession}, its points, daily cap,
 * backdating window and refusals.
 */
@DisplayName("CreditStudySession")
class CreditStudySessionTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static CreditStudySession study(String entryId, int minutes, LocalDate day) {
        return new CreditStudySession(CARD, entryId, STATION, "civic study", minutes, day);
    }

    @Test
    void aCreditFromAnActivityNamesTheActivityOnTheEvent() {
        fixture.given(issued().events())
                .when(new CreditStudySession(CARD, "s1", STATION, "civic study", 60, TODAY, "act-2"))
                .expectEvents(new StudySessionCredited(
                        CARD, "s1", STATION, "civic study", 60, TODAY, 10, 10, V1, NOW, "act-2"));
    }

    @Test
    void creditsFivePointsPerFullHalfHourAndAnswersTheRecordedEntry() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(study("s1", 100, YESTERDAY))
                .expectEvents(
                        new StudySessionCredited(CARD, "s1", STATION, "civic study", 100, YESTERDAY, 15, 25, V1, NOW))
                .expectResultMessagePayload(
                        new EntryRecorded("s1", CARD, EntryType.STUDY_SESSION, 15, 25, YESTERDAY, NOW, V1, null));
    }

    @ParameterizedTest(name = "{0} minutes earn {1} points")
    @CsvSource({"30, 5", "59, 5", "60, 10", "89, 10", "90, 15", "239, 35", "240, 40"})
    void earnsFiveTimesFloorOfMinutesOverThirtyPoints(int minutes, long points) {
        fixture.given(issued().events())
                .when(study("s1", minutes, TODAY))
                .expectEvents(new StudySessionCredited(
                        CARD, "s1", STATION, "civic study", minutes, TODAY, points, points, V1, NOW));
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {29, 241, 0})
    void refusesADurationOutsideThirtyToTwoHundredFortyMinutes(int minutes) {
        fixture.given(issued().events())
                .when(study("s1", minutes, TODAY))
                .expectException(MinutesOutOfRange.class)
                .expectException(
                        allOf(hasCode("VALIDATION_FAILED"), hasField("minutes"), hasKind(RuleKind.INVALID_INPUT)))
                .expectExceptionMessage("minutes must be between 30 and 240, was " + minutes)
                .expectNoEvents();
    }

    @Test
    void acceptsCreditUpToExactlyTheDailyStudyCap() {
        fixture.given(issued().studyCredit("s1", 180).events())
                .when(study("s2", 60, TODAY))
                .expectEvents(new StudySessionCredited(CARD, "s2", STATION, "civic study", 60, TODAY, 10, 40, V1, NOW));
    }

    @Test
    void refusesCreditOverTheDailyStudyCap() {
        fixture.given(issued().studyCredit("s1", 180).events())
                .when(study("s2", 61, TODAY))
                .expectException(DailyLimitExceeded.class)
                .expectException(hasCode("DAILY_LIMIT_EXCEEDED"))
                .expectExceptionMessage("STUDY_SESSION on 2026-11-03: 180 minutes already credited, "
                        + "61 more would pass the daily cap of 240")
                .expectNoEvents();
    }

    @Test
    void appliesTheDailyCapToEachOccurredOnDaySeparately() {
        fixture.given(issued().studyCredit("s1", 240, YESTERDAY).events())
                .when(study("s2", 240, TODAY))
                .expectEvents(
                        new StudySessionCredited(CARD, "s2", STATION, "civic study", 240, TODAY, 40, 80, V1, NOW));
    }

    @Test
    void doesNotCountVolunteerMinutesTowardTheStudyCap() {
        fixture.given(issued().volunteerCredit("e1", 720).events())
                .when(study("s1", 240, TODAY))
                .expectEvents(
                        new StudySessionCredited(CARD, "s1", STATION, "civic study", 240, TODAY, 40, 160, V1, NOW));
    }

    @Test
    void noLongerCountsTheMinutesOfAReversedEntryTowardTheCap() {
        fixture.given(issued().studyCredit("s1", 240).reversal("r1", "s1").events())
                .when(study("s2", 240, TODAY))
                .expectEvents(
                        new StudySessionCredited(CARD, "s2", STATION, "civic study", 240, TODAY, 40, 40, V1, NOW));
    }

    @Test
    void acceptsASessionHeldToday() {
        fixture.given(issued().events())
                .when(study("s1", 30, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", 30, TODAY, 5, 5, V1, NOW));
    }

    @Test
    void acceptsASessionDatedExactlySixtyDaysBack() {
        fixture.given(issued().events())
                .when(study("s1", 30, SIXTY_DAYS_AGO))
                .expectEvents(new StudySessionCredited(
                        CARD, "s1", STATION, "civic study", 30, SIXTY_DAYS_AGO, 5, 5, V1, NOW));
    }

    @Test
    void refusesASessionDatedMoreThanSixtyDaysBack() {
        fixture.given(issued().events())
                .when(study("s1", 30, SIXTY_ONE_DAYS_AGO))
                .expectException(OccurredOnOutOfRange.class)
                .expectException(allOf(hasCode("OCCURRED_ON_OUT_OF_RANGE"), hasField("occurredOn")))
                .expectNoEvents();
    }

    @Test
    void refusesASessionDatedInTheFuture() {
        fixture.given(issued().events())
                .when(study("s1", 30, TOMORROW))
                .expectException(OccurredOnOutOfRange.class)
                .expectExceptionMessage("occurredOn must be between 2026-09-04 and 2026-11-03, was 2026-11-04")
                .expectNoEvents();
    }

    @Test
    void refusesCreditOnAClosedCard() {
        fixture.given(issued().closed().events())
                .when(study("s1", 30, TODAY))
                .expectException(CardNotActive.class)
                .expectException(hasCode("CARD_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void refusesAnEntryIdTheCardHasAlreadyUsed() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(study("e1", 30, TODAY))
                .expectException(DuplicateEntryId.class)
                .expectExceptionMessage("entry id e1 is already used")
                .expectNoEvents();
    }
}
