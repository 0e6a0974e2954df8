package org.pointsbank.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.EARLIER;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.OTHER_STATION;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.card.RuleViolationMatchers.hasField;
import static org.pointsbank.core.card.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.card.api.CardClosed;
import org.pointsbank.core.card.api.CardIssued;
import org.pointsbank.core.card.api.CloseCard;
import org.pointsbank.core.card.api.CreditStudySession;
import org.pointsbank.core.card.api.CreditVolunteerHours;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.IssueCard;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;
import org.pointsbank.core.policy.MinutesOutOfRange;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

class RewardCardTest {

    private static final String V1 = "v1";
    private static final LocalDate SIXTY_DAYS_AGO = LocalDate.of(2026, 9, 4);
    private static final LocalDate SIXTY_ONE_DAYS_AGO = LocalDate.of(2026, 9, 3);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 4);

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static CreditVolunteerHours volunteer(String entryId, int minutes, LocalDate day) {
        return new CreditVolunteerHours(CARD, entryId, STATION, "litter picking", minutes, day);
    }

    private static CreditStudySession study(String entryId, int minutes, LocalDate day) {
        return new CreditStudySession(CARD, entryId, STATION, "civic study", minutes, day);
    }

    private static Matcher<EntryRecorded> recordedWithBalance(long balance) {
        return new FeatureMatcher<>(Matchers.equalTo(balance), "an entry recorded with balance", "balance") {
            @Override
            protected Long featureValueOf(EntryRecorded actual) {
                return actual.balance();
            }
        };
    }

    @Nested
    @DisplayName("IssueCard")
    class IssuingACard {

        @Test
        void issuesTheCardAtItsStationStampedWithTheCalendarsInstant() {
            fixture.givenNoPriorActivity()
                    .when(new IssueCard(CARD, STATION))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CardIssued(CARD, STATION, NOW));
        }

        @Test
        void aNewCardIsActiveWithAnEmptyBalance() {
            fixture.givenNoPriorActivity()
                    .when(new IssueCard(CARD, STATION))
                    .expectState(card -> assertThat(card)
                            .extracting("cardId", "stationId", "status", "balance")
                            .containsExactly(CARD, STATION, CardStatus.ACTIVE, 0L));
        }
    }

    @Nested
    @DisplayName("CreditVolunteerHours")
    class CreditingVolunteerHours {

        @Test
        void creditsTenPointsAnHourRoundedDownAndAnswersTheRecordedEntry() {
            fixture.given(issued().events())
                    .when(volunteer("e1", 95, YESTERDAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", STATION, "litter picking", 95, YESTERDAY,
                            15, 15, V1, NOW))
                    .expectResultMessagePayload(new EntryRecorded("e1", CARD, EntryType.VOLUNTEER_HOURS, 15, 15,
                            YESTERDAY, NOW, V1, null));
        }

        @ParameterizedTest(name = "{0} minutes earn {1} points")
        @CsvSource({"1, 0", "5, 0", "6, 1", "29, 4", "30, 5", "59, 9", "60, 10", "61, 10", "720, 120"})
        void earnsFloorOfMinutesTimesTenOverSixtyPoints(int minutes, long points) {
            fixture.given(issued().events())
                    .when(volunteer("e1", minutes, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", STATION, "litter picking", minutes, TODAY,
                            points, points, V1, NOW));
        }

        @Test
        void addsThePointsToTheExistingBalance() {
            CardHistory history = issued().volunteerCredit("e1", 60).studyCredit("s1", 30);

            fixture.given(history.events())
                    .when(volunteer("e2", 120, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e2", STATION, "litter picking", 120, TODAY,
                            20, 35, V1, NOW))
                    .expectResultMessagePayloadMatching(recordedWithBalance(35));
        }

        @Test
        void recordsTheStationNamedInTheCommandNotTheIssuingStation() {
            fixture.given(issued().events())
                    .when(new CreditVolunteerHours(CARD, "e1", OTHER_STATION, "river clean-up", 60, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", OTHER_STATION, "river clean-up", 60, TODAY,
                            10, 10, V1, NOW));
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {0, 721, -60})
        void refusesADurationOutsideOneToSevenHundredTwentyMinutes(int minutes) {
            fixture.given(issued().events())
                    .when(volunteer("e1", minutes, TODAY))
                    .expectException(MinutesOutOfRange.class)
                    .expectException(allOf(hasCode("VALIDATION_FAILED"), hasField("minutes"),
                            hasKind(RuleKind.INVALID_INPUT)))
                    .expectExceptionMessage("minutes must be between 1 and 720, was " + minutes)
                    .expectNoEvents();
        }

        @Test
        void acceptsCreditUpToExactlyTheDailyVolunteerCap() {
            fixture.given(issued().volunteerCredit("e1", 600).events())
                    .when(volunteer("e2", 120, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e2", STATION, "litter picking", 120, TODAY,
                            20, 120, V1, NOW));
        }

        @Test
        void refusesCreditOverTheDailyVolunteerCap() {
            fixture.given(issued().volunteerCredit("e1", 600).events())
                    .when(volunteer("e2", 121, TODAY))
                    .expectException(DailyLimitExceeded.class)
                    .expectException(allOf(hasCode("DAILY_LIMIT_EXCEEDED"), hasKind(RuleKind.RULE_REFUSED),
                            hasField("minutes")))
                    .expectExceptionMessage("VOLUNTEER_HOURS on 2026-11-03: 600 minutes already credited, "
                            + "121 more would pass the daily cap of 720")
                    .expectNoEvents();
        }

        @Test
        void refusesEvenOneMinuteOnADayThatIsAlreadyFull() {
            fixture.given(issued().volunteerCredit("e1", 360).volunteerCredit("e2", 360).events())
                    .when(volunteer("e3", 1, TODAY))
                    .expectException(DailyLimitExceeded.class)
                    .expectNoEvents();
        }

        @Test
        void appliesTheDailyCapToEachOccurredOnDaySeparately() {
            fixture.given(issued().volunteerCredit("e1", 720, YESTERDAY).events())
                    .when(volunteer("e2", 720, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e2", STATION, "litter picking", 720, TODAY,
                            120, 240, V1, NOW));
        }

        @Test
        void doesNotCountStudyMinutesTowardTheVolunteerCap() {
            fixture.given(issued().studyCredit("s1", 240).events())
                    .when(volunteer("e1", 720, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", STATION, "litter picking", 720, TODAY,
                            120, 160, V1, NOW));
        }

        @Test
        void noLongerCountsTheMinutesOfAReversedEntryTowardTheCap() {
            CardHistory history = issued().volunteerCredit("e1", 480).volunteerCredit("e2", 240)
                    .reversal("r1", "e1");

            fixture.given(history.events())
                    .when(volunteer("e3", 480, TODAY))
                    .expectEvents(new VolunteerHoursCredited(CARD, "e3", STATION, "litter picking", 480, TODAY,
                            80, 120, V1, NOW))
                    .expectResultMessagePayloadMatching(recordedWithBalance(120));
        }

        @Test
        void stillCountsTheMinutesOfTheEntriesThatWereNotReversed() {
            CardHistory history = issued().volunteerCredit("e1", 480).volunteerCredit("e2", 240)
                    .reversal("r1", "e1");

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
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", STATION, "litter picking", 60,
                            SIXTY_DAYS_AGO, 10, 10, V1, NOW));
        }

        @Test
        void refusesCreditDatedMoreThanSixtyDaysBack() {
            fixture.given(issued().events())
                    .when(volunteer("e1", 60, SIXTY_ONE_DAYS_AGO))
                    .expectException(OccurredOnOutOfRange.class)
                    .expectException(allOf(hasCode("OCCURRED_ON_OUT_OF_RANGE"), hasKind(RuleKind.RULE_REFUSED),
                            hasField("occurredOn")))
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
                    .expectEvents(new VolunteerHoursCredited(CARD, "e1", STATION, "litter picking", 60, TODAY,
                            10, 10, V1, Instant.parse("2026-11-02T16:30:00Z")));
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

    @Nested
    @DisplayName("CreditStudySession")
    class CreditingStudySessions {

        @Test
        void creditsFivePointsPerFullHalfHourAndAnswersTheRecordedEntry() {
            fixture.given(issued().volunteerCredit("e1", 60).events())
                    .when(study("s1", 100, YESTERDAY))
                    .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", 100, YESTERDAY,
                            15, 25, V1, NOW))
                    .expectResultMessagePayload(new EntryRecorded("s1", CARD, EntryType.STUDY_SESSION, 15, 25,
                            YESTERDAY, NOW, V1, null));
        }

        @ParameterizedTest(name = "{0} minutes earn {1} points")
        @CsvSource({"30, 5", "59, 5", "60, 10", "89, 10", "90, 15", "239, 35", "240, 40"})
        void earnsFiveTimesFloorOfMinutesOverThirtyPoints(int minutes, long points) {
            fixture.given(issued().events())
                    .when(study("s1", minutes, TODAY))
                    .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", minutes, TODAY,
                            points, points, V1, NOW));
        }

        @ParameterizedTest(name = "{0} minutes")
        @ValueSource(ints = {29, 241, 0})
        void refusesADurationOutsideThirtyToTwoHundredFortyMinutes(int minutes) {
            fixture.given(issued().events())
                    .when(study("s1", minutes, TODAY))
                    .expectException(MinutesOutOfRange.class)
                    .expectException(allOf(hasCode("VALIDATION_FAILED"), hasField("minutes"),
                            hasKind(RuleKind.INVALID_INPUT)))
                    .expectExceptionMessage("minutes must be between 30 and 240, was " + minutes)
                    .expectNoEvents();
        }

        @Test
        void acceptsCreditUpToExactlyTheDailyStudyCap() {
            fixture.given(issued().studyCredit("s1", 180).events())
                    .when(study("s2", 60, TODAY))
                    .expectEvents(new StudySessionCredited(CARD, "s2", STATION, "civic study", 60, TODAY,
                            10, 40, V1, NOW));
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
                    .expectEvents(new StudySessionCredited(CARD, "s2", STATION, "civic study", 240, TODAY,
                            40, 80, V1, NOW));
        }

        @Test
        void doesNotCountVolunteerMinutesTowardTheStudyCap() {
            fixture.given(issued().volunteerCredit("e1", 720).events())
                    .when(study("s1", 240, TODAY))
                    .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", 240, TODAY,
                            40, 160, V1, NOW));
        }

        @Test
        void noLongerCountsTheMinutesOfAReversedEntryTowardTheCap() {
            fixture.given(issued().studyCredit("s1", 240).reversal("r1", "s1").events())
                    .when(study("s2", 240, TODAY))
                    .expectEvents(new StudySessionCredited(CARD, "s2", STATION, "civic study", 240, TODAY,
                            40, 40, V1, NOW));
        }

        @Test
        void acceptsASessionHeldToday() {
            fixture.given(issued().events())
                    .when(study("s1", 30, TODAY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", 30, TODAY,
                            5, 5, V1, NOW));
        }

        @Test
        void acceptsASessionDatedExactlySixtyDaysBack() {
            fixture.given(issued().events())
                    .when(study("s1", 30, SIXTY_DAYS_AGO))
                    .expectEvents(new StudySessionCredited(CARD, "s1", STATION, "civic study", 30, SIXTY_DAYS_AGO,
                            5, 5, V1, NOW));
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

    @Nested
    @DisplayName("ReverseEntry")
    class ReversingAnEntry {

        private final LocalDate twoDaysAgo = TODAY.minusDays(2);

        @Test
        void recordsANewEntryWithTheNegatedFiguresOfTheOriginal() {
            CardHistory history = issued().volunteerCredit("e1", 95, twoDaysAgo, OTHER_STATION)
                    .volunteerCredit("e2", 60);

            fixture.given(history.events())
                    .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                    .expectEvents(new EntryReversed(CARD, "r1", "e1", EntryType.VOLUNTEER_HOURS, OTHER_STATION,
                            twoDaysAgo, -95, -15, 10, "wrong card", V1, NOW))
                    .expectResultMessagePayload(new EntryRecorded("r1", CARD, EntryType.REVERSAL, -15, 10,
                            twoDaysAgo, NOW, V1, "e1"));
        }

        @Test
        void reversesAStudySession() {
            fixture.given(issued().studyCredit("s1", 90, YESTERDAY).volunteerCredit("e1", 60).events())
                    .when(new ReverseEntry(CARD, "r1", "s1", "did not attend"))
                    .expectEvents(new EntryReversed(CARD, "r1", "s1", EntryType.STUDY_SESSION, STATION,
                            YESTERDAY, -90, -15, 10, "did not attend", V1, NOW));
        }

        @Test
        void keepsThePolicyVersionAndPointsTheOriginalEntryWasGrantedUnder() {
            // Recorded under an earlier policy that granted 12 points for an hour of study.
            StudySessionCredited underAnOlderPolicy = new StudySessionCredited(CARD, "s0", STATION, "reading", 60,
                    YESTERDAY, 12, 12, "v0", EARLIER);

            fixture.given(issued().events()).andGiven(underAnOlderPolicy)
                    .when(new ReverseEntry(CARD, "r1", "s0", "duplicate"))
                    .expectEvents(new EntryReversed(CARD, "r1", "s0", EntryType.STUDY_SESSION, STATION,
                            YESTERDAY, -60, -12, 0, "duplicate", "v0", NOW));
        }

        @Test
        void mayTakeTheBalanceToExactlyZero() {
            fixture.given(issued().volunteerCredit("e1", 60).events())
                    .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                    .expectEvents(new EntryReversed(CARD, "r1", "e1", EntryType.VOLUNTEER_HOURS, STATION,
                            TODAY, -60, -10, 0, "wrong card", V1, NOW))
                    .expectResultMessagePayloadMatching(recordedWithBalance(0));
        }

        @Test
        void isAllowedOnAClosedCard() {
            fixture.given(issued().volunteerCredit("e1", 60).volunteerCredit("e2", 120).closed().events())
                    .when(new ReverseEntry(CARD, "r1", "e2", "wrong card"))
                    .expectEvents(new EntryReversed(CARD, "r1", "e2", EntryType.VOLUNTEER_HOURS, STATION,
                            TODAY, -120, -20, 10, "wrong card", V1, NOW));
        }

        @Test
        void isAllowedForAnEntryDatedBeyondTheBackdatingWindow() {
            LocalDate longAgo = SIXTY_ONE_DAYS_AGO.minusDays(30);
            fixture.given(issued().volunteerCredit("e1", 60, longAgo).events())
                    .when(new ReverseEntry(CARD, "r1", "e1", "audit finding"))
                    .expectEvents(new EntryReversed(CARD, "r1", "e1", EntryType.VOLUNTEER_HOURS, STATION,
                            longAgo, -60, -10, 0, "audit finding", V1, NOW));
        }

        @Test
        void refusesAnEntryTheCardDoesNotHave() {
            fixture.given(issued().volunteerCredit("e1", 60).events())
                    .when(new ReverseEntry(CARD, "r1", "nope", "typo"))
                    .expectException(EntryNotFound.class)
                    .expectException(allOf(hasCode("ENTRY_NOT_FOUND"), hasKind(RuleKind.NOT_FOUND)))
                    .expectExceptionMessage("card card-1 has no entry nope")
                    .expectNoEvents();
        }

        @Test
        void refusesAnEntryThatIsAlreadyReversed() {
            fixture.given(issued().volunteerCredit("e1", 60).volunteerCredit("e2", 60).reversal("r1", "e1").events())
                    .when(new ReverseEntry(CARD, "r2", "e1", "again"))
                    .expectException(EntryAlreadyReversed.class)
                    .expectException(allOf(hasCode("ENTRY_ALREADY_REVERSED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("entry e1 is already reversed")
                    .expectNoEvents();
        }

        @Test
        void refusesToReverseAReversal() {
            fixture.given(issued().volunteerCredit("e1", 60).reversal("r1", "e1").events())
                    .when(new ReverseEntry(CARD, "r2", "r1", "undo the undo"))
                    .expectException(ReversalNotReversible.class)
                    .expectException(allOf(hasCode("REVERSAL_NOT_REVERSIBLE"), hasKind(RuleKind.RULE_REFUSED)))
                    .expectExceptionMessage("entry r1 is a reversal and cannot be reversed")
                    .expectNoEvents();
        }

        @Test
        void refusesAReversalEntryIdTheCardHasAlreadyUsed() {
            fixture.given(issued().volunteerCredit("e1", 60).volunteerCredit("e2", 60).events())
                    .when(new ReverseEntry(CARD, "e2", "e1", "wrong card"))
                    .expectException(DuplicateEntryId.class)
                    .expectException(hasCode("DUPLICATE_ENTRY_ID"))
                    .expectExceptionMessage("entry id e2 is already used")
                    .expectNoEvents();
        }

        @Test
        void refusesAReversalThatWouldTakeTheBalanceBelowZero() {
            // No history of today's commands can get here: the balance is the sum of the credits not
            // yet reversed, so it always covers each of them. Redemptions will change that; until then
            // the history carries a correction of an entry that predates this stream (a migrated
            // one), leaving 10 points against the 60 that e1 granted.
            EntryReversed migratedCorrection = new EntryReversed(CARD, "r-legacy", "e-migrated",
                    EntryType.VOLUNTEER_HOURS, STATION, YESTERDAY, -300, -50, 10, "migrated correction", V1,
                    EARLIER);

            fixture.given(issued().volunteerCredit("e1", 360).events()).andGiven(migratedCorrection)
                    .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                    .expectException(InsufficientPoints.class)
                    .expectException(allOf(hasCode("INSUFFICIENT_POINTS"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card card-1 has 10 points, 60 are needed")
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("CloseCard")
    class ClosingACard {

        @Test
        void closesAnActiveCardStampedWithTheCalendarsInstant() {
            fixture.given(issued().volunteerCredit("e1", 60).events())
                    .when(new CloseCard(CARD, "moved away"))
                    .expectEvents(new CardClosed(CARD, "moved away", NOW));
        }

        @Test
        void keepsTheBalanceOfAClosedCard() {
            fixture.given(issued().volunteerCredit("e1", 60).events())
                    .when(new CloseCard(CARD, "moved away"))
                    .expectState(card -> assertThat(card)
                            .extracting("status", "balance")
                            .containsExactly(CardStatus.CLOSED, 10L));
        }

        @Test
        void refusesToCloseACardThatIsAlreadyClosed() {
            fixture.given(issued().closed().events())
                    .when(new CloseCard(CARD, "again"))
                    .expectException(CardNotActive.class)
                    .expectException(allOf(hasCode("CARD_NOT_ACTIVE"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card card-1 is not active")
                    .expectNoEvents();
        }
    }
}
