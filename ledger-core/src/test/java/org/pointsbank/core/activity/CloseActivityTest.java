package org.pointsbank.core.activity;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.activity.ActivityHistory.ACTIVITY;
import static org.pointsbank.core.activity.ActivityHistory.DATE;
import static org.pointsbank.core.activity.ActivityHistory.NOW;
import static org.pointsbank.core.activity.ActivityHistory.STATION;
import static org.pointsbank.core.activity.ActivityHistory.TITLE;
import static org.pointsbank.core.activity.ActivityHistory.at;
import static org.pointsbank.core.activity.ActivityHistory.attendee;
import static org.pointsbank.core.activity.ActivityHistory.open;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.ActivityCloseCompleted;
import org.pointsbank.core.activity.api.ActivityEntryIds;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.AttendeeCredited;
import org.pointsbank.core.activity.api.AttendeeOutcome;
import org.pointsbank.core.activity.api.AttendeeRefused;
import org.pointsbank.core.activity.api.CancelActivity;
import org.pointsbank.core.activity.api.CloseActivity;
import org.pointsbank.core.activity.api.RecordAttendeeOutcome;
import org.pointsbank.core.shared.RuleKind;

/** The one close of an activity, the outcomes of its credits until it is complete, and a cancellation. */
@DisplayName("Activity close")
class CloseActivityTest {

    /** 11:30 local, after the clean-up's last hour has begun. */
    private static final Instant CLOSED_AT = at(11, 30);

    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityHistory.fixture();
    }

    static org.pointsbank.core.activity.api.ActivityClosed closed(List<Attendee> attendees, List<String> noShows) {
        return new org.pointsbank.core.activity.api.ActivityClosed(
                ACTIVITY, STATION, ActivityKind.VOLUNTEER, TITLE, DATE, attendees, noShows, CLOSED_AT, NOW);
    }

    /** Closed with nobody on the roster: complete at once. */
    static ActivityHistory closedWithoutAttendees() {
        return open().then(closed(List.of(), List.of())).then(new ActivityCloseCompleted(ACTIVITY, STATION, 0, 0, NOW));
    }

    /** c1 attended 120 minutes, c2 60 on paper, c3 never came. */
    private static ActivityHistory closedWithTwoAttendees() {
        return open().rostered("c1", "c2", "c3")
                .then(closed(List.of(attendee("c1", 120), attendee("c2", 60)), List.of("c3")));
    }

    private static RecordAttendeeOutcome credited(String card, int minutes, long points) {
        return new RecordAttendeeOutcome(
                ACTIVITY,
                card,
                AttendeeOutcome.CREDITED,
                ActivityEntryIds.entryIdFor(ACTIVITY, card),
                minutes,
                points,
                null);
    }

    private static RecordAttendeeOutcome refused(String card, int minutes, String code) {
        return new RecordAttendeeOutcome(
                ACTIVITY, card, AttendeeOutcome.REFUSED, ActivityEntryIds.entryIdFor(ACTIVITY, card), minutes, 0, code);
    }

    @Nested
    @DisplayName("CloseActivity")
    class Closing {

        @Test
        void namesTheAttendeesWithTheirMinutesAndEntryIdsAndTheNoShowsInRosterOrder() {
            ActivityHistory history = open().rostered("c1", "c2", "c3")
                    .checkedIn("c1", at(9, 0), false)
                    .checkedOut("c1", at(9, 0), at(11, 0), 120)
                    .onPaper("c3", 90, false)
                    .checkedIn("c4", at(8, 0), true)
                    .checkedOut("c4", at(8, 0), at(8, 30), 0)
                    .checkedIn("c5", at(10, 0), true);
            var closed =
                    closed(List.of(attendee("c1", 120), attendee("c3", 90), attendee("c5", 90)), List.of("c2", "c4"));

            fixture.given(history.events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectEvents(closed)
                    .expectResultMessagePayload(closed);
        }

        @Test
        void paperMinutesWinOverScannedOnesEvenWhenTheyAreNone() {
            ActivityHistory history = open().checkedIn("c1", at(9, 0), true)
                    .checkedOut("c1", at(9, 0), at(11, 0), 120)
                    .checkedIn("c2", at(9, 0), true)
                    .checkedOut("c2", at(9, 0), at(11, 0), 120)
                    .onPaper("c1", 60, false)
                    .onPaper("c2", 0, false);

            fixture.given(history.events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectEvents(closed(List.of(attendee("c1", 60)), List.of("c2")));
        }

        @Test
        void aCardStillCheckedInCountsUpToTheCloseOrTheWindowsEndWhicheverIsFirst() {
            ActivityHistory history = open().checkedIn("c1", at(10, 0), true).checkedIn("c2", at(11, 45), true);
            Instant afterTheWindow = at(13, 0);

            fixture.given(history.events())
                    .when(new CloseActivity(ACTIVITY, afterTheWindow))
                    .expectEvents(new org.pointsbank.core.activity.api.ActivityClosed(
                            ACTIVITY,
                            STATION,
                            ActivityKind.VOLUNTEER,
                            TITLE,
                            DATE,
                            List.of(attendee("c1", 120), attendee("c2", 15)),
                            List.of(),
                            afterTheWindow,
                            NOW));
            fixture.given(history.events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectEvents(closed(List.of(attendee("c1", 90)), List.of("c2")));
        }

        @Test
        void anActivityWithoutAttendeesIsCompleteAtOnce() {
            fixture.given(open().rostered("c1").events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectEvents(
                            closed(List.of(), List.of("c1")), new ActivityCloseCompleted(ACTIVITY, STATION, 0, 0, NOW));
            fixture.given(open().events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectEvents(
                            closed(List.of(), List.of()), new ActivityCloseCompleted(ACTIVITY, STATION, 0, 0, NOW));
        }

        @Test
        void closingAgainIsRefusedAsClosed() {
            fixture.given(closedWithTwoAttendees().events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectException(org.pointsbank.core.activity.ActivityClosed.class)
                    .expectException(allOf(hasCode("ACTIVITY_CLOSED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("activity act-1 is closed already")
                    .expectNoEvents();
        }

        @Test
        void aCancelledActivityIsNotClosed() {
            fixture.given(open().then(new ActivityCancelled(ACTIVITY, STATION, "rain", NOW))
                            .events())
                    .when(new CloseActivity(ACTIVITY, CLOSED_AT))
                    .expectException(hasCode("ACTIVITY_NOT_OPEN"))
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("RecordAttendeeOutcome")
    class RecordingOutcomes {

        private final String c1Entry = ActivityEntryIds.entryIdFor(ACTIVITY, "c1");
        private final String c2Entry = ActivityEntryIds.entryIdFor(ACTIVITY, "c2");

        @Test
        void recordsACreditAndARefusalAndCompletesTheCloseWithTheLastOne() {
            fixture.given(closedWithTwoAttendees().events())
                    .when(credited("c1", 120, 20))
                    .expectEvents(new AttendeeCredited(ACTIVITY, STATION, "c1", c1Entry, 120, 20, NOW));
            fixture.given(closedWithTwoAttendees()
                            .then(new AttendeeCredited(ACTIVITY, STATION, "c1", c1Entry, 120, 20, NOW))
                            .events())
                    .when(refused("c2", 60, "DAILY_LIMIT_EXCEEDED"))
                    .expectEvents(
                            new AttendeeRefused(ACTIVITY, STATION, "c2", c2Entry, 60, "DAILY_LIMIT_EXCEEDED", NOW),
                            new ActivityCloseCompleted(ACTIVITY, STATION, 1, 1, NOW));
        }

        @Test
        void aSecondOutcomeForTheSameAttendeeChangesNothing() {
            ActivityHistory history =
                    closedWithTwoAttendees().then(new AttendeeCredited(ACTIVITY, STATION, "c1", c1Entry, 120, 20, NOW));
            fixture.given(history.events())
                    .when(credited("c1", 120, 20))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
            fixture.given(history.events())
                    .when(refused("c1", 120, "DUPLICATE_ENTRY_ID"))
                    .expectNoEvents();
        }

        @Test
        void aCompleteCloseIsCompletedOnce() {
            ActivityHistory complete = closedWithTwoAttendees()
                    .then(new AttendeeCredited(ACTIVITY, STATION, "c1", c1Entry, 120, 20, NOW))
                    .then(new AttendeeCredited(ACTIVITY, STATION, "c2", c2Entry, 60, 10, NOW))
                    .then(new ActivityCloseCompleted(ACTIVITY, STATION, 2, 0, NOW));
            fixture.given(complete.events()).when(credited("c2", 60, 10)).expectNoEvents();
        }

        @Test
        void onlyAfterTheClose() {
            fixture.given(open().rostered("c1").events())
                    .when(credited("c1", 120, 20))
                    .expectException(allOf(hasCode("ACTIVITY_NOT_CLOSED"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
            fixture.given(open().rostered("c1")
                            .then(new ActivityCancelled(ACTIVITY, STATION, "rain", NOW))
                            .events())
                    .when(credited("c1", 120, 20))
                    .expectException(ActivityNotClosed.class);
        }

        @Test
        void onlyForAnAttendeeUnderItsOwnEntryIdAndMinutes() {
            fixture.given(closedWithTwoAttendees().events())
                    .when(credited("c3", 60, 10))
                    .expectException(allOf(hasCode("NOT_AN_ATTENDEE"), hasKind(RuleKind.RULE_REFUSED)))
                    .expectExceptionMessage("activity act-1: card c3 is not an attendee")
                    .expectNoEvents();
            fixture.given(closedWithTwoAttendees().events())
                    .when(new RecordAttendeeOutcome(ACTIVITY, "c1", AttendeeOutcome.CREDITED, "e-other", 120, 20, null))
                    .expectException(NotAnAttendee.class)
                    .expectNoEvents();
            fixture.given(closedWithTwoAttendees().events())
                    .when(credited("c1", 60, 10))
                    .expectException(NotAnAttendee.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("CancelActivity")
    class Cancelling {

        @Test
        void callsAnOpenActivityOff() {
            ActivityCancelled cancelled = new ActivityCancelled(ACTIVITY, STATION, "rain", NOW);
            fixture.given(open().rostered("c1").checkedIn("c1", at(9, 0), false).events())
                    .when(new CancelActivity(ACTIVITY, "rain"))
                    .expectEvents(cancelled)
                    .expectResultMessagePayload(cancelled);
        }

        @Test
        void onlyWhileOpen() {
            fixture.given(open().then(new ActivityCancelled(ACTIVITY, STATION, "rain", NOW))
                            .events())
                    .when(new CancelActivity(ACTIVITY, "again"))
                    .expectException(allOf(hasCode("ACTIVITY_NOT_OPEN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectNoEvents();
            fixture.given(closedWithoutAttendees().events())
                    .when(new CancelActivity(ACTIVITY, "too late"))
                    .expectException(ActivityNotOpen.class)
                    .expectNoEvents();
        }
    }
}
