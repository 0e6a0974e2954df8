package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.DOOR;
import static org.pointsbank.core.card.CardHistory.DOOR_CODE;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.OTHER_STATION;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.calendarAt;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.V1;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.core.card.api.EndReadingSession;
import org.pointsbank.core.card.api.ReadingSessionEnded;
import org.pointsbank.core.card.api.ReadingSessionStarted;
import org.pointsbank.core.card.api.ReadingSessionStatus;
import org.pointsbank.core.card.api.StartReadingSession;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.RuleKind;

/**
 * Self-service reading sessions on a card: {@link StartReadingSession} and {@link EndReadingSession}, one open
 * session per card, the end's study credit and the ways a session ends without one.
 */
@DisplayName("Reading sessions")
class ReadingSessionTest {

    private static final String SESSION = "rs-1";
    /** The session's credit: a UUID named by the session id, worked out here independently of the card. */
    private static final String ENTRY = UUID.nameUUIDFromBytes(
                    ("reading-session:" + SESSION).getBytes(StandardCharsets.UTF_8))
            .toString();

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static Instant minutesAgo(long minutes) {
        return NOW.minusSeconds(minutes * 60);
    }

    private static StartReadingSession start(String sessionId, String station) {
        return new StartReadingSession(CARD, sessionId, station, DOOR_CODE);
    }

    private static EndReadingSession end(String sessionId) {
        return new EndReadingSession(CARD, sessionId, DOOR_CODE);
    }

    private static ReadingSessionEnded ended(
            Instant startedAt, int minutes, ReadingSessionStatus status, String entryId, Long points, String refusal) {
        return new ReadingSessionEnded(
                CARD, SESSION, STATION, startedAt, NOW, minutes, status, entryId, points, refusal);
    }

    @Nested
    @DisplayName("StartReadingSession")
    class Start {

        @Test
        void opensASessionAtTheLedgerClockAndAnswersIt() {
            ReadingSessionStarted started = new ReadingSessionStarted(CARD, SESSION, STATION, NOW);
            fixture.given(issued().events())
                    .when(start(SESSION, STATION))
                    .expectEvents(started)
                    .expectResultMessagePayload(started);
        }

        @Test
        void refusesACodeThatIsNotTheDoorsCurrentOne() {
            fixture.given(issued().events())
                    .when(new StartReadingSession(CARD, SESSION, STATION, "123456"))
                    .expectException(CheckInCodeInvalid.class)
                    .expectException(
                            allOf(hasCode("CHECK_IN_CODE_INVALID"), hasField("code"), hasKind(RuleKind.RULE_REFUSED)))
                    .expectNoEvents();
        }

        @Test
        void refusesAClosedCard() {
            fixture.given(issued().closed().events())
                    .when(start(SESSION, STATION))
                    .expectException(CardNotActive.class)
                    .expectNoEvents();
        }

        @Test
        void refusesASecondSessionWhileOneIsOpen() {
            fixture.given(issued().readingSessionStarted("rs-0", STATION, minutesAgo(10))
                            .events())
                    .when(start(SESSION, STATION))
                    .expectException(SessionAlreadyOpen.class)
                    .expectException(allOf(hasCode("SESSION_ALREADY_OPEN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card card-1 already has reading session rs-0 open at yungu")
                    .expectNoEvents();
        }

        @Test
        void refusesASecondSessionAtAnotherStationToo() {
            fixture.given(issued().readingSessionStarted("rs-0", STATION, minutesAgo(10))
                            .events())
                    .when(start(SESSION, OTHER_STATION))
                    .expectException(SessionAlreadyOpen.class)
                    .expectNoEvents();
        }

        @Test
        void stillRefusesWhileTheOpenSessionIsExactlyAtTheDailyStudyCap() {
            fixture.given(issued().readingSessionStarted("rs-0", STATION, minutesAgo(240))
                            .events())
                    .when(start(SESSION, STATION))
                    .expectException(SessionAlreadyOpen.class)
                    .expectNoEvents();
        }

        @Test
        void endsASessionForgottenPastTheDailyStudyCapAsUnfinishedThenOpensTheNewOne() {
            Instant forgotten = minutesAgo(241);
            fixture.given(issued().readingSessionStarted("rs-0", STATION, forgotten)
                            .events())
                    .when(start(SESSION, OTHER_STATION))
                    .expectEvents(
                            new ReadingSessionEnded(
                                    CARD,
                                    "rs-0",
                                    STATION,
                                    forgotten,
                                    NOW,
                                    241,
                                    ReadingSessionStatus.UNFINISHED,
                                    null,
                                    null,
                                    null),
                            new ReadingSessionStarted(CARD, SESSION, OTHER_STATION, NOW));
        }

        @Test
        void opensAgainOnceTheLastSessionHasEnded() {
            Instant earlier = minutesAgo(100);
            fixture.given(issued().readingSessionStarted("rs-0", STATION, earlier)
                            .events())
                    .andGiven(new ReadingSessionEnded(
                            CARD,
                            "rs-0",
                            STATION,
                            earlier,
                            minutesAgo(99),
                            1,
                            ReadingSessionStatus.TOO_SHORT,
                            null,
                            null,
                            null))
                    .when(start(SESSION, STATION))
                    .expectEvents(new ReadingSessionStarted(CARD, SESSION, STATION, NOW));
        }
    }

    @Nested
    @DisplayName("EndReadingSession")
    class End {

        @Test
        void creditsTheSessionsMinutesAsAStudySessionInTheSameCommand() {
            Instant startedAt = minutesAgo(95);
            ReadingSessionEnded ended = ended(startedAt, 95, ReadingSessionStatus.CREDITED, ENTRY, 15L, null);
            fixture.given(issued().volunteerCredit("e1", 60)
                            .readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(
                            ended,
                            new StudySessionCredited(CARD, ENTRY, STATION, "reading room", 95, TODAY, 15, 25, V1, NOW))
                    .expectResultMessagePayload(ended);
        }

        @ParameterizedTest(name = "{0} minutes earn {1} points")
        @CsvSource({"30, 5", "59, 5", "240, 40"})
        void creditsEveryDurationFromThePolicysShortestToTheDailyCap(int minutes, long points) {
            Instant startedAt = minutesAgo(minutes);
            fixture.given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(
                            ended(startedAt, minutes, ReadingSessionStatus.CREDITED, ENTRY, points, null),
                            new StudySessionCredited(
                                    CARD, ENTRY, STATION, "reading room", minutes, TODAY, points, points, V1, NOW));
        }

        @Test
        void endsASessionTooShortForAnyPointsWithoutAnEntry() {
            Instant startedAt = NOW.minusSeconds(30 * 60 - 1); // 29 minutes 59 seconds: 29 whole minutes
            fixture.given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(ended(startedAt, 29, ReadingSessionStatus.TOO_SHORT, null, null, null));
        }

        @Test
        void endsASessionLongerThanTheDailyStudyCapAsUnfinishedWithoutAnEntry() {
            Instant startedAt = minutesAgo(241);
            fixture.given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(ended(startedAt, 241, ReadingSessionStatus.UNFINISHED, null, null, null));
        }

        @Test
        void endsTheSessionRefusedWhenTheCreditWouldPassTheDailyCap() {
            Instant startedAt = minutesAgo(61);
            fixture.given(issued().studyCredit("s1", 180)
                            .readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(
                            ended(startedAt, 61, ReadingSessionStatus.REFUSED, null, null, "DAILY_LIMIT_EXCEEDED"));
        }

        @Test
        void endsTheSessionRefusedOnACardClosedWhileItWasOpen() {
            Instant startedAt = minutesAgo(60);
            fixture.given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .closed()
                            .events())
                    .when(end(SESSION))
                    .expectEvents(ended(startedAt, 60, ReadingSessionStatus.REFUSED, null, null, "CARD_NOT_ACTIVE"));
        }

        @Test
        void endsTheSessionRefusedInAClosedMonth() {
            AggregateTestFixture<RewardCard> closedMonths = new AggregateTestFixture<>(RewardCard.class);
            closedMonths.registerInjectableResource(calendarAt(NOW));
            closedMonths.registerInjectableResource(new PointsPolicyV1());
            closedMonths.registerInjectableResource((PeriodGate) month -> true);
            closedMonths.registerInjectableResource(DOOR);
            Instant startedAt = minutesAgo(60);
            closedMonths
                    .given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(ended(startedAt, 60, ReadingSessionStatus.REFUSED, null, null, "PERIOD_CLOSED"));
        }

        @Test
        void creditsASessionAcrossMidnightToTheDayItStarted() {
            Instant startedAt = Instant.parse("2026-11-02T15:00:00Z"); // 23:00 in Shanghai
            Instant endedAt = Instant.parse("2026-11-02T16:30:00Z"); // 00:30 the next day
            CardHistory.fixture(endedAt)
                    .given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .when(end(SESSION))
                    .expectEvents(
                            new ReadingSessionEnded(
                                    CARD,
                                    SESSION,
                                    STATION,
                                    startedAt,
                                    endedAt,
                                    90,
                                    ReadingSessionStatus.CREDITED,
                                    ENTRY,
                                    15L,
                                    null),
                            new StudySessionCredited(
                                    CARD, ENTRY, STATION, "reading room", 90, YESTERDAY, 15, 15, V1, endedAt));
        }

        @Test
        void checksTheCodeOfTheDoorWhereTheSessionStarted() {
            ReadingRoomDoor onlyXixi = (station, code) -> station.equals(OTHER_STATION) && code.equals("xixi-code");
            AggregateTestFixture<RewardCard> twoDoors = new AggregateTestFixture<>(RewardCard.class);
            twoDoors.registerInjectableResource(calendarAt(NOW));
            twoDoors.registerInjectableResource(new PointsPolicyV1());
            twoDoors.registerInjectableResource(PeriodGate.NONE_CLOSED);
            twoDoors.registerInjectableResource(onlyXixi);
            twoDoors.given(issued().readingSessionStarted(SESSION, STATION, minutesAgo(60))
                            .events())
                    .when(new EndReadingSession(CARD, SESSION, "xixi-code"))
                    .expectException(CheckInCodeInvalid.class)
                    .expectExceptionMessage("the code is not the current one of the reading room at yungu")
                    .expectNoEvents();
        }

        @Test
        void refusesAWrongCodeAndKeepsTheSessionOpen() {
            fixture.given(issued().readingSessionStarted(SESSION, STATION, minutesAgo(60))
                            .events())
                    .when(new EndReadingSession(CARD, SESSION, "000000"))
                    .expectException(allOf(hasCode("CHECK_IN_CODE_INVALID"), hasField("code")))
                    .expectNoEvents();
        }

        @Test
        void refusesToEndWhenTheCardHasNoOpenSession() {
            fixture.given(issued().events())
                    .when(end(SESSION))
                    .expectException(ReadingSessionNotOpen.class)
                    .expectException(allOf(hasCode("READING_SESSION_NOT_OPEN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
        }

        @Test
        void refusesToEndASessionThatIsNotTheCardsOpenOne() {
            fixture.given(issued().readingSessionStarted("rs-0", STATION, minutesAgo(60))
                            .events())
                    .when(end(SESSION))
                    .expectException(ReadingSessionNotOpen.class)
                    .expectExceptionMessage("reading session rs-1 is not the open session of card card-1")
                    .expectNoEvents();
        }

        @Test
        void refusesToEndASessionTwice() {
            Instant startedAt = minutesAgo(60);
            fixture.given(issued().readingSessionStarted(SESSION, STATION, startedAt)
                            .events())
                    .andGiven(ended(startedAt, 60, ReadingSessionStatus.CREDITED, ENTRY, 10L, null))
                    .when(end(SESSION))
                    .expectException(ReadingSessionNotOpen.class)
                    .expectNoEvents();
        }
    }
}
