package org.pointsbank.core.activity;

import static org.hamcrest.Matchers.allOf;
import static org.pointsbank.core.activity.ActivityHistory.ACTIVITY;
import static org.pointsbank.core.activity.ActivityHistory.NOW;
import static org.pointsbank.core.activity.ActivityHistory.STATION;
import static org.pointsbank.core.activity.ActivityHistory.at;
import static org.pointsbank.core.activity.ActivityHistory.open;
import static org.pointsbank.core.activity.ActivityHistory.openWithCapacity;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasCode;
import static org.pointsbank.core.shared.RuleViolationMatchers.hasKind;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.AddToRoster;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.core.activity.api.SignUp;
import org.pointsbank.core.activity.api.SignedUp;
import org.pointsbank.core.shared.RuleKind;

/** Who is on an activity's roster: staff put cards on it, volunteers sign up, capacity bounds them all. */
@DisplayName("Activity roster")
class ActivityRosterTest {

    private AggregateTestFixture<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityHistory.fixture();
    }

    @Nested
    @DisplayName("AddToRoster")
    class AddingToTheRoster {

        @Test
        void putsTheCardsOnTheRosterAndAnswersTheChange() {
            RosterChanged changed = new RosterChanged(ACTIVITY, STATION, List.of("c1", "c2"), NOW);
            fixture.given(open().events())
                    .when(new AddToRoster(ACTIVITY, List.of("c1", "c2")))
                    .expectEvents(changed)
                    .expectResultMessagePayload(changed);
        }

        @Test
        void namesOnlyTheCardsThatWereNotOnItAlreadyOnceEach() {
            fixture.given(open().rostered("c1").signedUp("c2").events())
                    .when(new AddToRoster(ACTIVITY, List.of("c1", "c3", "c2", "c3")))
                    .expectEvents(new RosterChanged(ACTIVITY, STATION, List.of("c3"), NOW));
        }

        @Test
        void cardsAllOnTheRosterAlreadyChangeNothing() {
            fixture.given(open().rostered("c1", "c2").events())
                    .when(new AddToRoster(ACTIVITY, List.of("c2", "c1")))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void fillsTheRosterToCapacityExactly() {
            fixture.given(openWithCapacity(3).rostered("c1").events())
                    .when(new AddToRoster(ACTIVITY, List.of("c2", "c3")))
                    .expectEvents(new RosterChanged(ACTIVITY, STATION, List.of("c2", "c3"), NOW));
        }

        @Test
        void refusesAllWhenNotAllFitAndSaysHowManyDo() {
            fixture.given(openWithCapacity(3).rostered("c1").events())
                    .when(new AddToRoster(ACTIVITY, List.of("c2", "c3", "c4")))
                    .expectException(allOf(hasCode("ACTIVITY_FULL"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("activity act-1 has room for 2 more (capacity 3), 3 asked to join")
                    .expectNoEvents();
        }

        @Test
        void countsSignUpsCheckInsAndPaperAttendanceAgainstTheCapacity() {
            ActivityHistory full = openWithCapacity(4)
                    .rostered("c1")
                    .signedUp("c2")
                    .checkedIn("c3", at(9, 0), true)
                    .onPaper("c4", 60, true);
            fixture.given(full.events())
                    .when(new AddToRoster(ACTIVITY, List.of("c5")))
                    .expectException(ActivityFull.class)
                    .expectExceptionMessage("activity act-1 has room for 0 more (capacity 4), 1 asked to join");
        }

        @Test
        void refusedOnceTheActivityIsNoLongerOpen() {
            fixture.given(open().then(new ActivityCancelled(ACTIVITY, STATION, "rain", NOW))
                            .events())
                    .when(new AddToRoster(ACTIVITY, List.of("c1")))
                    .expectException(allOf(hasCode("ACTIVITY_NOT_OPEN"), hasKind(RuleKind.STATE_CONFLICT)))
                    .expectExceptionMessage("activity act-1 is cancelled")
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("SignUp")
    class SigningUp {

        @Test
        void putsTheVolunteersCardOnTheRoster() {
            SignedUp signedUp = new SignedUp(ACTIVITY, STATION, "c1", NOW);
            fixture.given(open().events())
                    .when(new SignUp(ACTIVITY, "c1"))
                    .expectEvents(signedUp)
                    .expectResultMessagePayload(signedUp);
        }

        @Test
        void aCardOnTheRosterAlreadyChangesNothing() {
            fixture.given(open().rostered("c1").checkedIn("c2", at(9, 0), true).events())
                    .when(new SignUp(ACTIVITY, "c1"))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
            fixture.given(open().rostered("c1").checkedIn("c2", at(9, 0), true).events())
                    .when(new SignUp(ACTIVITY, "c2"))
                    .expectNoEvents();
        }

        @Test
        void theLastPlaceCanBeTakenButNoMore() {
            fixture.given(openWithCapacity(2).rostered("c1").events())
                    .when(new SignUp(ACTIVITY, "c2"))
                    .expectEvents(new SignedUp(ACTIVITY, STATION, "c2", NOW));
            fixture.given(openWithCapacity(2).rostered("c1").signedUp("c2").events())
                    .when(new SignUp(ACTIVITY, "c3"))
                    .expectException(hasCode("ACTIVITY_FULL"))
                    .expectNoEvents();
        }

        @Test
        void aFullActivityStillTakesASignUpOfACardOnItsRoster() {
            fixture.given(openWithCapacity(1).rostered("c1").events())
                    .when(new SignUp(ACTIVITY, "c1"))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusedOnceTheActivityIsClosed() {
            fixture.given(CloseActivityTest.closedWithoutAttendees().events())
                    .when(new SignUp(ACTIVITY, "c9"))
                    .expectException(ActivityNotOpen.class)
                    .expectExceptionMessage("activity act-1 is closed");
        }
    }
}
