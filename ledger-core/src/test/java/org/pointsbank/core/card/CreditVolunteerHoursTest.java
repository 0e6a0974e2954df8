package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.OTHER_STATION;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.SIXTY_DAYS_AGO;
import static org.pointsbank.core.card.CardTestSupport.SIXTY_ONE_DAYS_AGO;
import static org.pointsbank.core.card.CardTestSupport.TOMORROW;
import static org.pointsbank.core.card.CardTestSupport.V1;
import static org.pointsbank.core.card.CardTestSupport.recordedWithBalance;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.policy.MinutesOutOfRange;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

/**
 * Crediting volunteer hours to a card: {@link CreditVolunteerHours}, its points, daily cap,
 * backdating window and refusals.
 */
@DisplayName("CreditVolunteerHours")
class CreditVolunteerHoursTest {

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static CreditVolunteerHours volunteer(String entryId, int minutes, LocalDate day) {
        return new CreditVolunteerHours(CARD, entryId, STATION, "litter picking", minutes, day);
    }

    @Test
    void creditsTenPointsAnHourRoundedDownAndAnswersTheRecordedEntry() {
        fixture.given(issued().events())
                .when(volunteer("e1", 95, YESTERDAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "litter picking", 95, YESTERDAY, 15, 15, V1, NOW))
                .expectResultMessagePayload(
                        new EntryRecorded("e1", CARD, EntryType.VOLUNTEER_HOURS, 15, 15, YESTERDAY, NOW, V1, null));
    }

    @Test
    void aCreditFromAnActivityNamesTheActivityOnTheEvent() {
        fixture.given(issued().events())
                .when(new CreditVolunteerHours(CARD, "e1", STATION, "river clean-up", 120, TODAY, "act-1"))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "river clean-up", 120, TODAY, 20, 20, V1, NOW, "act-1"));
    }

    @Test
    void aCreditByHandNamesNoActivity() {
        fixture.given(issued().events())
                .when(volunteer("e1", 60, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "litter picking", 60, TODAY, 10, 10, V1, NOW, null));
    }

    @ParameterizedTest(name = "{0} minutes earn {1} points")
    @CsvSource({"1, 0", "5, 0", "6, 1", "29, 4", "30, 5", "59, 9", "60, 10", "61, 10", "720, 120"})
    void earnsFloorOfMinutesTimesTenOverSixtyPoints(int minutes, long points) {
        fixture.given(issued().events())
                .when(volunteer("e1", minutes, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "litter picking", minutes, TODAY, points, points, V1, NOW));
    }

    @Test
    void addsThePointsToTheExistingBalance() {
        CardHistory history = issued().volunteerCredit("e1", 60).studyCredit("s1", 30);

        fixture.given(history.events())
                .when(volunteer("e2", 120, TODAY))
                .expectEvents(
                        new VolunteerHoursCredited(CARD, "e2", STATION, "litter picking", 120, TODAY, 20, 35, V1, NOW))
                .expectResultMessagePayloadMatching(recordedWithBalance(35));
    }

    @Test
    void recordsTheStationNamedInTheCommandNotTheIssuingStation() {
        fixture.given(issued().events())
                .when(new CreditVolunteerHours(CARD, "e1", OTHER_STATION, "river clean-up", 60, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", OTHER_STATION, "river clean-up", 60, TODAY, 10, 10, V1, NOW));
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {0, 721, -60})
    void refusesADurationOutsideOneToSevenHundredTwentyMinutes(int minutes) {
        fixture.given(issued().events())
                .when(volunteer("e1", minutes, TODAY))
                .expectException(MinutesOutOfRange.class)
                .expectException(
                        allOf(hasCode("VALIDATION_FAILED"), hasField("minutes"), hasKind(RuleKind.INVALID_INPUT)))
                .expectExceptionMessage("minutes must be between 1 and 720, was " + minutes)
                .expectNoEvents();
    }

    @Test
    void acceptsCreditUpToExactlyTheDailyVolunteerCap() {
        fixture.given(issued().volunteerCredit("e1", 600).events())
                .when(volunteer("e2", 120, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e2", STATION, "litter picking", 120, TODAY, 20, 120, V1, NOW));
    }

    @Test
    void refusesCreditOverTheDailyVolunteerCap() {
        fixture.given(issued().volunteerCredit("e1", 600).events())
                .when(volunteer("e2", 121, TODAY))
                .expectException(DailyLimitExceeded.class)
                .expectException(
                        allOf(hasCode("DAILY_LIMIT_EXCEEDED"), hasKind(RuleKind.RULE_REFUSED), hasField("minutes")))
                .expectExceptionMessage("VOLUNTEER_HOURS on 2026-11-03: 600 minutes already credited, "
                        + "121 more would pass the daily cap of 720")
                .expectNoEvents();
    }

    @Test
    void refusesEvenOneMinuteOnADayThatIsAlreadyFull() {
        fixture.given(issued().volunteerCredit("e1", 360)
                        .volunteerCredit("e2", 360)
                        .events())
                .when(volunteer("e3", 1, TODAY))
                .expectException(DailyLimitExceeded.class)
                .expectNoEvents();
    }

    @Test
    void appliesTheDailyCapToEachOccurredOnDaySeparately() {
        fixture.given(issued().volunteerCredit("e1", 720, YESTERDAY).events())
                .when(volunteer("e2", 720, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e2", STATION, "litter picking", 720, TODAY, 120, 240, V1, NOW));
    }

    @Test
    void doesNotCountStudyMinutesTowardTheVolunteerCap() {
        fixture.given(issued().studyCredit("s1", 240).events())
                .when(volunteer("e1", 720, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "litter picking", 720, TODAY, 120, 160, V1, NOW));
    }

    @Test
    void noLongerCountsTheMinutesOfAReversedEntryTowardTheCap() {
        CardHistory history =
                issued().volunteerCredit("e1", 480).volunteerCredit("e2", 240).reversal("r1", "e1");

        fixture.given(history.events())
                .when(volunteer("e3", 480, TODAY))
                .expectEvents(
                        new VolunteerHoursCredited(CARD, "e3", STATION, "litter picking", 480, TODAY, 80, 120, V1, NOW))
                .expectResultMessagePayloadMatching(recordedWithBalance(120));
    }

    @Test
    void stillCountsTheMinutesOfTheEntriesThatWereNotReversed() {
        CardHistory history =
                issued().volunteerCredit("e1", 480).volunteerCredit("e2", 240).reversal("r1", "e1");

        fixture.given(history.events())
                .when(volunteer("e3", 481, TODAY))
                .expectException(DailyLimitExceeded.class)
                .expectExceptionMessage("VOLUNTEER_HOURS on 2026-11-03: 240 minutes already credited, "
                        + "481 more would pass the daily cap of 720")
                .expectNoEvents();
    }

    @Test
    void acceptsCreditDatedExactlySixtyDaysBack() {
        fixture.given(issued().events())
                .when(volunteer("e1", 60, SIXTY_DAYS_AGO))
                .expectEvents(new VolunteerHoursCredited(
                        CARD, "e1", STATION, "litter picking", 60, SIXTY_DAYS_AGO, 10, 10, V1, NOW));
    }

    @Test
    void refusesCreditDatedMoreThanSixtyDaysBack() {
        fixture.given(issued().events())
                .when(volunteer("e1", 60, SIXTY_ONE_DAYS_AGO))
                .expectException(OccurredOnOutOfRange.class)
                .expectException(allOf(
                        hasCode("OCCURRED_ON_OUT_OF_RANGE"), hasKind(RuleKind.RULE_REFUSED), hasField("occurredOn")))
                .expectExceptionMessage("occurredOn must be between 2026-09-04 and 2026-11-03, was 2026-09-03")
                .expectNoEvents();
    }

    @Test
    void refusesCreditDatedInTheFuture() {
        fixture.given(issued().events())
                .when(volunteer("e1", 60, TOMORROW))
                .expectException(OccurredOnOutOfRange.class)
                .expectExceptionMessage("occurredOn must be between 2026-09-04 and 2026-11-03, was 2026-11-04")
                .expectNoEvents();
    }

    @Test
    void takesTodayFromTheCalendarsZoneNotFromUtc() {
        // 00:30 on 3 November in Shanghai, still 2 November in UTC.
        CardHistory.fixture(Instant.parse("2026-11-02T16:30:00Z"))
                .given(issued().events())
                .when(volunteer("e1", 60, TODAY))
                .expectEvents(new VolunteerHoursCredited(
                        CARD,
                        "e1",
                        STATION,
                        "litter picking",
                        60,
                        TODAY,
                        10,
                        10,
                        V1,
                        Instant.parse("2026-11-02T16:30:00Z")));
    }

    @Test
    void refusesTomorrowInTheCalendarsZoneEvenWhenItIsTodayInUtc() {
        // 23:59 on 2 November in Shanghai; 3 November is still to come there.
        CardHistory.fixture(Instant.parse("2026-11-02T15:59:00Z"))
                .given(issued().events())
                .when(volunteer("e1", 60, TODAY))
                .expectException(OccurredOnOutOfRange.class)
                .expectExceptionMessage("occurredOn must be between 2026-09-03 and 2026-11-02, was 2026-11-03")
                .expectNoEvents();
    }

    @Test
    void refusesCreditOnAClosedCard() {
        fixture.given(issued().volunteerCredit("e1", 60).closed().events())
                .when(volunteer("e2", 60, TODAY))
                .expectException(CardNotActive.class)
                .expectException(allOf(hasCode("CARD_NOT_ACTIVE"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("card card-1 is not active")
                .expectNoEvents();
    }

    @Test
    void refusesAnEntryIdTheCardHasAlreadyUsed() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(volunteer("e1", 60, TODAY))
                .expectException(DuplicateEntryId.class)
                .expectException(allOf(hasCode("DUPLICATE_ENTRY_ID"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("entry id e1 is already used")
                .expectNoEvents();
    }

    @Test
    void refusesAnEntryIdAlreadyUsedByAnotherKindOfEntry() {
        fixture.given(issued().studyCredit("s1", 60).reversal("r1", "s1").events())
                .when(volunteer("r1", 60, TODAY))
                .expectException(DuplicateEntryId.class)
                .expectNoEvents();
    }
}
