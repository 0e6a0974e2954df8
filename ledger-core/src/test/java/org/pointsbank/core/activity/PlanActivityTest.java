package org.pointsbank.core.activity;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.activity.ActivityHistory.ACTIVITY;
import static org.pointsbank.core.activity.ActivityHistory.DATE;
import static org.pointsbank.core.activity.ActivityHistory.END;
import static org.pointsbank.core.activity.ActivityHistory.NOW;
import static org.pointsbank.core.activity.ActivityHistory.START;
import static org.pointsbank.core.activity.ActivityHistory.STATION;
import static org.pointsbank.core.activity.ActivityHistory.TITLE;
import static org.pointsbank.core.activity.ActivityHistory.planned;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.core.activity.api.PlanActivity;
import org.pointsbank.core.shared.RuleKind;

/** Planning an activity: its window as instants in the service's zone, and the terms the points policy allows. */
@DisplayName("PlanActivity")
class PlanActivityTest {

    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityHistory.fixture();
    }

    private static PlanActivity plan(ActivityKind kind, LocalTime start, LocalTime end, Integer capacity) {
        return new PlanActivity(ACTIVITY, STATION, kind, TITLE, DATE, start, end, capacity, true);
    }

    @Test
    void fixesTheWindowAsInstantsInTheServiceZoneWithItsPlannedMinutes() {
        fixture.givenNoPriorActivity()
                .when(plan(ActivityKind.VOLUNTEER, START, END, 40))
                .expectEvents(planned(40));
    }

    @Test
    void anActivityWithoutCapacityIsUnlimited() {
        fixture.givenNoPriorActivity()
                .when(plan(ActivityKind.VOLUNTEER, START, END, null))
                .expectEvents(planned(null));
    }

    @Test
    void aStudySessionIsPlannedUnderTheStudyTerms() {
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        ACTIVITY,
                        STATION,
                        ActivityKind.STUDY,
                        "civic study",
                        DATE,
                        START,
                        LocalTime.of(13, 0),
                        1,
                        false))
                .expectEvents(new ActivityPlanned(
                        ACTIVITY,
                        STATION,
                        ActivityKind.STUDY,
                        "civic study",
                        DATE,
                        START,
                        LocalTime.of(13, 0),
                        Instant.parse("2026-11-03T01:00:00Z"),
                        Instant.parse("2026-11-03T05:00:00Z"),
                        240,
                        1,
                        false,
                        NOW));
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        fixture.givenNoPriorActivity()
                .when(plan(ActivityKind.VOLUNTEER, START, START, null))
                .expectException(
                        allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasKind(RuleKind.RULE_REFUSED), hasField("endTime")))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(plan(ActivityKind.VOLUNTEER, END, START, null))
                .expectException(InvalidActivityTerms.class)
                .expectExceptionMessage("endTime must be after startTime on the same date");
    }

    /** Volunteer minutes: 6 earn the first point, 720 are the daily cap; study: 30 and 240. */
    @ParameterizedTest(name = "{0} {1}–{2} is refused")
    @CsvSource({
        "VOLUNTEER, 09:00, 09:05",
        "VOLUNTEER, 00:00, 12:01",
        "STUDY, 09:00, 09:29",
        "STUDY, 09:00, 13:01",
    })
    void refusesAWindowThatTheKindsPolicyCannotCredit(ActivityKind kind, LocalTime start, LocalTime end) {
        fixture.givenNoPriorActivity()
                .when(plan(kind, start, end, null))
                .expectException(allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasField("endTime")))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} {1}–{2} is accepted")
    @CsvSource({
        "VOLUNTEER, 09:00, 09:06",
        "VOLUNTEER, 00:00, 12:00",
        "STUDY, 09:00, 09:30",
        "STUDY, 09:00, 13:00",
    })
    void acceptsTheShortestAndLongestCreditableWindows(ActivityKind kind, LocalTime start, LocalTime end) {
        fixture.givenNoPriorActivity().when(plan(kind, start, end, null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACapacityBelowOne() {
        fixture.givenNoPriorActivity()
                .when(plan(ActivityKind.VOLUNTEER, START, END, 0))
                .expectException(allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasField("capacity")))
                .expectNoEvents();
    }

    @Test
    void refusesAMissingKindAndABlankTitle() {
        fixture.givenNoPriorActivity()
                .when(plan(null, START, END, null))
                .expectException(allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasField("kind")));
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(ACTIVITY, STATION, ActivityKind.VOLUNTEER, " ", DATE, START, END, null, true))
                .expectException(allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasField("title")));
    }

    @Test
    void refusesADateTooLongAgoForAnyCardToCreditButAcceptsTheOldestOneAndTheFuture() {
        LocalDate sixtyDaysAgo = LocalDate.of(2026, 9, 4);
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        ACTIVITY,
                        STATION,
                        ActivityKind.VOLUNTEER,
                        TITLE,
                        sixtyDaysAgo.minusDays(1),
                        START,
                        END,
                        null,
                        true))
                .expectException(allOf(hasCode("INVALID_ACTIVITY_TERMS"), hasField("date")));
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        ACTIVITY, STATION, ActivityKind.VOLUNTEER, TITLE, sixtyDaysAgo, START, END, null, true))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(
                        ACTIVITY, STATION, ActivityKind.VOLUNTEER, TITLE, DATE.plusMonths(2), START, END, null, true))
                .expectSuccessfulHandlerExecution();
    }
}
