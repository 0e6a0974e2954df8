package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.EARLIER;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.OTHER_STATION;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.SIXTY_ONE_DAYS_AGO;
import static org.pointsbank.core.card.CardTestSupport.V1;
import static org.pointsbank.core.card.CardTestSupport.recordedWithBalance;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.EntryRecorded;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

/**
 * Reversing an entry of a card: {@link ReverseEntry} records the negated figures of the original,
 * or is refused.
 */
@DisplayName("ReverseEntry")
class ReverseEntryTest {

    private AggregateTestFixture<RewardCard> fixture;
    private final LocalDate twoDaysAgo = TODAY.minusDays(2);

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    @Test
    void recordsANewEntryWithTheNegatedFiguresOfTheOriginal() {
        CardHistory history =
                issued().volunteerCredit("e1", 95, twoDaysAgo, OTHER_STATION).volunteerCredit("e2", 60);

        fixture.given(history.events())
                .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "e1",
                        EntryType.VOLUNTEER_HOURS,
                        OTHER_STATION,
                        twoDaysAgo,
                        -95,
                        -15,
                        10,
                        "wrong card",
                        V1,
                        NOW))
                .expectResultMessagePayload(
                        new EntryRecorded("r1", CARD, EntryType.REVERSAL, -15, 10, twoDaysAgo, NOW, V1, "e1"));
    }

    @Test
    void reversesAStudySession() {
        fixture.given(issued().studyCredit("s1", 90, YESTERDAY)
                        .volunteerCredit("e1", 60)
                        .events())
                .when(new ReverseEntry(CARD, "r1", "s1", "did not attend"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "s1",
                        EntryType.STUDY_SESSION,
                        STATION,
                        YESTERDAY,
                        -90,
                        -15,
                        10,
                        "did not attend",
                        V1,
                        NOW));
    }

    @Test
    void keepsThePolicyVersionAndPointsTheOriginalEntryWasGrantedUnder() {
        // Recorded under an earlier policy that granted 12 points for an hour of study.
        StudySessionCredited underAnOlderPolicy =
                new StudySessionCredited(CARD, "s0", STATION, "reading", 60, YESTERDAY, 12, 12, "v0", EARLIER);

        fixture.given(issued().events())
                .andGiven(underAnOlderPolicy)
                .when(new ReverseEntry(CARD, "r1", "s0", "duplicate"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "s0",
                        EntryType.STUDY_SESSION,
                        STATION,
                        YESTERDAY,
                        -60,
                        -12,
                        0,
                        "duplicate",
                        "v0",
                        NOW));
    }

    @Test
    void mayTakeTheBalanceToExactlyZero() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "e1",
                        EntryType.VOLUNTEER_HOURS,
                        STATION,
                        TODAY,
                        -60,
                        -10,
                        0,
                        "wrong card",
                        V1,
                        NOW))
                .expectResultMessagePayloadMatching(recordedWithBalance(0));
    }

    @Test
    void isAllowedOnAClosedCard() {
        fixture.given(issued().volunteerCredit("e1", 60)
                        .volunteerCredit("e2", 120)
                        .closed()
                        .events())
                .when(new ReverseEntry(CARD, "r1", "e2", "wrong card"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "e2",
                        EntryType.VOLUNTEER_HOURS,
                        STATION,
                        TODAY,
                        -120,
                        -20,
                        10,
                        "wrong card",
                        V1,
                        NOW));
    }

    @Test
    void isAllowedForAnEntryDatedBeyondTheBackdatingWindow() {
        LocalDate longAgo = SIXTY_ONE_DAYS_AGO.minusDays(30);
        fixture.given(issued().volunteerCredit("e1", 60, longAgo).events())
                .when(new ReverseEntry(CARD, "r1", "e1", "audit finding"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "r1",
                        "e1",
                        EntryType.VOLUNTEER_HOURS,
                        STATION,
                        longAgo,
                        -60,
                        -10,
                        0,
                        "audit finding",
                        V1,
                        NOW));
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
        fixture.given(issued().volunteerCredit("e1", 60)
                        .volunteerCredit("e2", 60)
                        .reversal("r1", "e1")
                        .events())
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
        fixture.given(issued().volunteerCredit("e1", 60)
                        .volunteerCredit("e2", 60)
                        .events())
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
        EntryReversed migratedCorrection = new EntryReversed(
                CARD,
                "r-legacy",
                "e-migrated",
                EntryType.VOLUNTEER_HOURS,
                STATION,
                YESTERDAY,
                -300,
                -50,
                10,
                "migrated correction",
                V1,
                EARLIER);

        fixture.given(issued().volunteerCredit("e1", 360).events())
                .andGiven(migratedCorrection)
                .when(new ReverseEntry(CARD, "r1", "e1", "wrong card"))
                .expectException(InsufficientPoints.class)
                .expectException(allOf(hasCode("INSUFFICIENT_POINTS"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectExceptionMessage("card card-1 has 10 points available, 60 are needed")
                .expectNoEvents();
    }
}
