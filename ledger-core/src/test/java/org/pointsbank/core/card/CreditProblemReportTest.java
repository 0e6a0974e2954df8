package org.pointsbank.core.card;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.pointsbank.core.card.CardHistory.CARD;
import static org.pointsbank.core.card.CardHistory.NOW;
import static org.pointsbank.core.card.CardHistory.STATION;
import static org.pointsbank.core.card.CardHistory.TODAY;
import static org.pointsbank.core.card.CardHistory.YESTERDAY;
import static org.pointsbank.core.card.CardHistory.issued;
import static org.pointsbank.core.card.CardTestSupport.recordedWithBalance;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pointsbank.core.card.api.CreditProblemReport;
import org.pointsbank.core.card.api.EntryReversed;
import org.pointsbank.core.card.api.ProblemReportCredited;
import org.pointsbank.core.card.api.ReverseEntry;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.EntryType;
import org.pointsbank.core.shared.RuleKind;

/** A verified report's reward: an entry of its own, at most so many a day, under the card's other rules. */
@DisplayName("CreditProblemReport")
class CreditProblemReportTest {

    private static final String V1 = PointsPolicyV1.VERSION;

    private AggregateTestFixture<RewardCard> fixture;

    @BeforeEach
    void setUp() {
        fixture = CardHistory.fixture();
    }

    private static CreditProblemReport reward(String reportId, int points) {
        return reward(reportId, points, TODAY);
    }

    private static CreditProblemReport reward(String reportId, int points, LocalDate day) {
        return new CreditProblemReport(CARD, "entry-" + reportId, STATION, reportId, "drain-cover", points, day);
    }

    /** The event the card records for {@code reward(reportId, points, day)} at {@code balanceAfter}. */
    private static ProblemReportCredited credited(String reportId, int points, LocalDate day, long balanceAfter) {
        return new ProblemReportCredited(
                CARD, "entry-" + reportId, STATION, reportId, "drain-cover", day, points, balanceAfter, V1, NOW);
    }

    /** An issued card rewarded for {@code count} reports of 10 points on {@code day}: r-1, r-2, .... */
    private static List<Object> rewardedFor(int count, LocalDate day) {
        List<Object> events = new ArrayList<>(issued().events());
        for (int i = 1; i <= count; i++) {
            events.add(credited("r-" + i, 10, day, 10L * i));
        }
        return events;
    }

    @Test
    void creditsThePointsAsAProblemReportEntry() {
        fixture.given(issued().volunteerCredit("e1", 60).events())
                .when(reward("r-1", 20))
                .expectEvents(credited("r-1", 20, TODAY, 30))
                .expectResultMessagePayloadMatching(recordedWithBalance(30));
    }

    @Test
    void refusesAnInactiveCard() {
        fixture.given(issued().closed().events())
                .when(reward("r-1", 20))
                .expectException(allOf(hasCode("CARD_NOT_ACTIVE"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectNoEvents();
    }

    /** A second attempt to reward the same report names the same entry id and is refused. */
    @Test
    void refusesASecondRewardUnderTheSameEntryId() {
        fixture.given(rewardedFor(1, TODAY))
                .when(reward("r-1", 10))
                .expectException(allOf(hasCode("DUPLICATE_ENTRY_ID"), hasKind(RuleKind.STATE_CONFLICT)))
                .expectNoEvents();
    }

    @Test
    void refusesARewardDatedInAClosedMonth() {
        PeriodGate novemberClosed = month -> month.equals(YearMonth.of(2026, 11));
        AggregateTestFixture<RewardCard> closed = new AggregateTestFixture<>(RewardCard.class);
        closed.registerInjectableResource(CardHistory.calendarAt(NOW));
        closed.registerInjectableResource(new PointsPolicyV1());
        closed.registerInjectableResource(novemberClosed);
        closed.given(issued().events())
                .when(reward("r-1", 20))
                .expectException(allOf(hasCode("PERIOD_CLOSED"), hasKind(RuleKind.RULE_REFUSED)))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, -5, 101})
    void refusesPointsNoVerifiedReportIsOwed(int points) {
        fixture.given(issued().closed().events())
                .when(reward("r-1", points))
                .expectException(
                        allOf(hasCode("VALIDATION_FAILED"), hasKind(RuleKind.INVALID_INPUT), hasField("points")))
                .expectNoEvents();
    }

    @Test
    void creditsAHundredPoints() {
        fixture.given(issued().events()).when(reward("r-1", 100)).expectEvents(credited("r-1", 100, TODAY, 100));
    }

    @Nested
    @DisplayName("the daily cap of rewarded reports")
    class DailyCap {

        @Test
        void theFifthReportOfTheDayIsRewarded() {
            fixture.given(rewardedFor(4, TODAY)).when(reward("r-5", 10)).expectEvents(credited("r-5", 10, TODAY, 50));
        }

        @Test
        void theSixthIsRefused() {
            fixture.given(rewardedFor(5, TODAY))
                    .when(reward("r-6", 10))
                    .expectException(allOf(hasCode("DAILY_LIMIT_EXCEEDED"), hasKind(RuleKind.RULE_REFUSED)))
                    .expectExceptionMessage(containsString("5 already rewarded, the daily cap is 5 rewarded reports"))
                    .expectNoEvents();
        }

        @Test
        void aReversalFreesItsDaysSlot() {
            List<Object> history = rewardedFor(5, TODAY);
            history.add(new EntryReversed(
                    CARD,
                    "rev-1",
                    "entry-r-3",
                    EntryType.PROBLEM_REPORT,
                    STATION,
                    TODAY,
                    0,
                    -10,
                    40,
                    "wrong card",
                    V1,
                    NOW));
            fixture.given(history).when(reward("r-6", 10)).expectEvents(credited("r-6", 10, TODAY, 50));
        }

        @Test
        void anotherDayHasItsOwnCap() {
            fixture.given(rewardedFor(5, YESTERDAY))
                    .when(reward("r-6", 10))
                    .expectEvents(credited("r-6", 10, TODAY, 60));
        }

        /** Credits of other kinds do not take a report's slot. */
        @Test
        void creditsForTimeDoNotCount() {
            List<Object> history = new ArrayList<>(
                    issued().volunteerCredit("e1", 60).studyCredit("s1", 30).events());
            fixture.given(history).when(reward("r-1", 10)).expectEvents(credited("r-1", 10, TODAY, 25));
        }

        @Test
        void isThePolicysNumber() {
            AggregateTestFixture<RewardCard> strict = new AggregateTestFixture<>(RewardCard.class);
            strict.registerInjectableResource(CardHistory.calendarAt(NOW));
            strict.registerInjectableResource(new PointsPolicyV1(2));
            strict.registerInjectableResource(PeriodGate.NONE_CLOSED);
            strict.given(rewardedFor(2, TODAY))
                    .when(reward("r-3", 10))
                    .expectException(DailyLimitExceeded.class)
                    .expectExceptionMessage(containsString("the daily cap is 2"));
        }
    }

    @Test
    void isReversedLikeAnyCredit() {
        fixture.given(rewardedFor(1, TODAY))
                .when(new ReverseEntry(CARD, "rev-1", "entry-r-1", "wrong card"))
                .expectEvents(new EntryReversed(
                        CARD,
                        "rev-1",
                        "entry-r-1",
                        EntryType.PROBLEM_REPORT,
                        STATION,
                        TODAY,
                        0,
                        -10,
                        0,
                        "wrong card",
                        V1,
                        NOW))
                .expectResultMessagePayloadMatching(recordedWithBalance(0));
    }
}
