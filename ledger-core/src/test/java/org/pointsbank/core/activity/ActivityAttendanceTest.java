package org.pointsbank.core.activity;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.activity.ActivityHistory.ACTIVITY;
import static org.pointsbank.core.activity.ActivityHistory.NOW;
import static org.pointsbank.core.activity.ActivityHistory.STATION;
import static org.pointsbank.core.activity.ActivityHistory.at;
import static org.pointsbank.core.activity.ActivityHistory.open;
import static org.pointsbank.core.activity.ActivityHistory.openWithCapacity;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasField;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.CheckIn;
import org.pointsbank.core.activity.api.CheckOut;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.RecordAttendance;
import org.pointsbank.core.shared.RuleKind;

/**
 * Attendance: one check-in and one check-out per card, minutes as the overlap with the planned window (09:00–12:00),
 * and attendance taken on paper.
 */
@DisplayName("Activity attendance")
class ActivityAttendanceTest {

    private static final ActivityCancelled CANCELLED = new ActivityCancelled(ACTIVITY, STATION, "rain", NOW);

    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityHistory.fixture();
    }

    @Nested
    @DisplayName("CheckIn")
    class CheckingIn {

        @Test
        void checksInACardOfTheRoster() {
            CheckedIn checkedIn = new CheckedIn(ACTIVITY, STATION, "c1", at(8, 55), false, NOW);
            fixture.given(open().rostered("c1").events())
                    .when(new CheckIn(ACTIVITY, "c1", at(8, 55)))
                    .expectEvents(checkedIn)
                    .expectResultMessagePayload(checkedIn);
        }

        @Test
        void putsACardThatIsNotOnTheRosterOnIt() {
            fixture.given(open().events())
                    .when(new CheckIn(ACTIVITY, "c1", at(9, 5)))
                    .expectEvents(new CheckedIn(ACTIVITY, STATION, "c1", at(9, 5), true, NOW));
        }

        @Test
        void aFullActivityChecksInItsRosterButNoNewcomer() {
            ActivityHistory full = openWithCapacity(2).rostered("c1").signedUp("c2");
            fixture.given(full.events())
                    .when(new CheckIn(ACTIVITY, "c2", at(9, 0)))
                    .expectEvents(new CheckedIn(ACTIVITY, STATION, "c2", at(9, 0), false, NOW));
            fixture.given(full.events())
                    .when(new CheckIn(ACTIVITY, "c3", at(9, 0)))
                    .expectException(allOf(hasCode("ACTIVITY_FULL"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("activity act-1 has room for 0 more (capacity 2), 1 asked to join")
                    .expectNoEvents();
        }

        @Test
        void aSecondCheckInIsRefusedEvenAfterTheCheckOut() {
            fixture.given(open().checkedIn("c1", at(9, 0), true).events())
                    .when(new CheckIn(ACTIVITY, "c1", at(9, 1)))
                    .expectException(allOf(hasCode("ALREADY_CHECKED_IN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card c1 has checked in to activity act-1 already")
                    .expectNoEvents();
            fixture.given(open().checkedIn("c1", at(9, 0), true)
                            .checkedOut("c1", at(9, 0), at(10, 0), 60)
                            .events())
                    .when(new CheckIn(ACTIVITY, "c1", at(10, 30)))
                    .expectException(AlreadyCheckedIn.class)
                    .expectNoEvents();
        }

        @Test
        void aCardWithPaperAttendanceMayStillCheckIn() {
            fixture.given(open().onPaper("c1", 30, true).events())
                    .when(new CheckIn(ACTIVITY, "c1", at(9, 0)))
                    .expectEvents(new CheckedIn(ACTIVITY, STATION, "c1", at(9, 0), false, NOW));
        }

        @Test
        void refusedOnceTheActivityIsCancelledOrClosed() {
            fixture.given(open().rostered("c1").then(CANCELLED).events())
                    .when(new CheckIn(ACTIVITY, "c1", at(9, 0)))
                    .expectException(allOf(hasCode("ACTIVITY_NOT_OPEN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
            fixture.given(CloseActivityTest.closedWithoutAttendees().events())
                    .when(new CheckIn(ACTIVITY, "c1", at(9, 0)))
                    .expectException(ActivityNotOpen.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("CheckOut")
    class CheckingOut {

        @Test
        void creditsTheMinutesBetweenCheckInAndCheckOut() {
            CheckedOut checkedOut = new CheckedOut(ACTIVITY, STATION, "c1", at(9, 30), at(11, 15), 105, NOW);
            fixture.given(open().checkedIn("c1", at(9, 30), true).events())
                    .when(new CheckOut(ACTIVITY, "c1", at(11, 15)))
                    .expectEvents(checkedOut)
                    .expectResultMessagePayload(checkedOut);
        }

        /** The window is 09:00–12:00 local time; minutes outside it do not count. */
        @ParameterizedTest(name = "in {0}, out {1}: {2} minutes")
        @CsvSource({
            "08:00, 10:00, 60", // checked in before the window
            "11:00, 13:00, 60", // checked out after it
            "08:00, 13:00, 180", // around all of it: the planned minutes
            "09:00, 12:00, 180", // exactly the window
            "07:00, 08:30, 0", // entirely before it
            "12:00, 13:00, 0", // from its end on
            "11:00, 10:00, 0", // a check-out clock behind the check-in
        })
        void countsOnlyTheOverlapWithThePlannedWindow(String in, String out, int minutes) {
            Instant checkedIn = local(in);
            Instant checkedOut = local(out);
            fixture.given(open().checkedIn("c1", checkedIn, true).events())
                    .when(new CheckOut(ACTIVITY, "c1", checkedOut))
                    .expectEvents(new CheckedOut(ACTIVITY, STATION, "c1", checkedIn, checkedOut, minutes, NOW));
        }

        @Test
        void roundsPartMinutesDown() {
            Instant in = at(9, 0).plusSeconds(30);
            Instant out = at(9, 10).plusSeconds(29);
            fixture.given(open().checkedIn("c1", in, true).events())
                    .when(new CheckOut(ACTIVITY, "c1", out))
                    .expectEvents(new CheckedOut(ACTIVITY, STATION, "c1", in, out, 9, NOW));
        }

        @Test
        void aCardThatNeverCheckedInCannotCheckOut() {
            fixture.given(open().rostered("c1").events())
                    .when(new CheckOut(ACTIVITY, "c1", at(10, 0)))
                    .expectException(allOf(hasCode("NOT_CHECKED_IN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card c1 has not checked in to activity act-1")
                    .expectNoEvents();
            fixture.given(open().onPaper("c2", 60, true).events())
                    .when(new CheckOut(ACTIVITY, "c2", at(10, 0)))
                    .expectException(NotCheckedIn.class);
            fixture.given(open().events())
                    .when(new CheckOut(ACTIVITY, "c3", at(10, 0)))
                    .expectException(NotCheckedIn.class);
        }

        @Test
        void aSecondCheckOutIsRefusedAndKeepsTheFirstMinutes() {
            fixture.given(open().checkedIn("c1", at(9, 0), true)
                            .checkedOut("c1", at(9, 0), at(10, 0), 60)
                            .events())
                    .when(new CheckOut(ACTIVITY, "c1", at(11, 0)))
                    .expectException(allOf(hasCode("ALREADY_CHECKED_OUT"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("card c1 has checked out of activity act-1 already")
                    .expectNoEvents();
        }

        @Test
        void refusedOnceTheActivityIsCancelled() {
            fixture.given(open().checkedIn("c1", at(9, 0), true).then(CANCELLED).events())
                    .when(new CheckOut(ACTIVITY, "c1", at(10, 0)))
                    .expectException(hasCode("ACTIVITY_NOT_OPEN"))
                    .expectNoEvents();
        }

        private static Instant local(String hhmm) {
            String[] parts = hhmm.split(":");
            return at(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    @Nested
    @DisplayName("RecordAttendance")
    class RecordingAttendanceOnPaper {

        private RecordAttendance sheet(AttendanceEntry... entries) {
            return new RecordAttendance(ACTIVITY, List.of(entries));
        }

        @Test
        void recordsTheMinutesAndNamesTheCardsItPutOnTheRoster() {
            AttendanceRecorded recorded = new AttendanceRecorded(
                    ACTIVITY,
                    STATION,
                    List.of(new AttendanceEntry("c1", 180), new AttendanceEntry("c2", 0)),
                    List.of("c2"),
                    NOW);
            fixture.given(open().rostered("c1").events())
                    .when(sheet(new AttendanceEntry("c1", 180), new AttendanceEntry("c2", 0)))
                    .expectEvents(recorded)
                    .expectResultMessagePayload(recorded);
        }

        @Test
        void refusesMinutesBelowZeroOrAbovePlannedWithTheLineAtFault() {
            fixture.given(open().events())
                    .when(sheet(new AttendanceEntry("c1", 60), new AttendanceEntry("c2", 181)))
                    .expectException(allOf(
                            hasCode("VALIDATION_FAILED"),
                            hasKind(RuleKind.INVALID_INPUT),
                            hasField("entries[1].minutes")))
                    .expectExceptionMessage("minutes must be between 0 and the planned 180, was 181")
                    .expectNoEvents();
            fixture.given(open().events())
                    .when(sheet(new AttendanceEntry("c1", -1)))
                    .expectException(allOf(hasCode("VALIDATION_FAILED"), hasField("entries[0].minutes")));
        }

        @Test
        void refusesAnEmptySheetAndACardTwice() {
            fixture.given(open().events())
                    .when(new RecordAttendance(ACTIVITY, List.of()))
                    .expectException(allOf(hasCode("VALIDATION_FAILED"), hasField("entries")));
            fixture.given(open().events())
                    .when(sheet(new AttendanceEntry("c1", 60), new AttendanceEntry("c1", 30)))
                    .expectException(allOf(hasCode("VALIDATION_FAILED"), hasField("entries[1].cardId")))
                    .expectNoEvents();
        }

        @Test
        void putsNewCardsOnTheRosterOnlyIfAllFit() {
            ActivityHistory nearlyFull = openWithCapacity(3).rostered("c1", "c2");
            fixture.given(nearlyFull.events())
                    .when(sheet(new AttendanceEntry("c1", 60), new AttendanceEntry("c3", 60)))
                    .expectSuccessfulHandlerExecution();
            fixture.given(nearlyFull.events())
                    .when(sheet(new AttendanceEntry("c3", 60), new AttendanceEntry("c4", 60)))
                    .expectException(hasCode("ACTIVITY_FULL"))
                    .expectExceptionMessage("activity act-1 has room for 1 more (capacity 3), 2 asked to join")
                    .expectNoEvents();
        }

        @Test
        void invalidLinesAreRefusedBeforeTheActivitysStateAndNothingOnceItIsClosed() {
            ActivityHistory cancelled = open().then(CANCELLED);
            fixture.given(cancelled.events())
                    .when(sheet(new AttendanceEntry("c1", 999)))
                    .expectException(hasCode("VALIDATION_FAILED"));
            fixture.given(cancelled.events())
                    .when(sheet(new AttendanceEntry("c1", 60)))
                    .expectException(hasCode("ACTIVITY_NOT_OPEN"))
                    .expectNoEvents();
        }
    }
}
