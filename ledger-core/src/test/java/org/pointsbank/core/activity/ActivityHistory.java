package org.pointsbank.core.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.pointsbank.core.activity.api.ActivityEntryIds;
import org.pointsbank.core.activity.api.ActivityKind;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.core.activity.api.AttendanceEntry;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.Attendee;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.core.activity.api.SignedUp;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * The history of one activity as the aggregate itself would have recorded it, so a test names only what matters:
 * a volunteer clean-up at station yungu on 3 November 2026 from 09:00 to 12:00 in Shanghai (01:00–04:00 UTC,
 * 180 minutes), the ledger's clock at 10:00 local time. Minutes are worked out here by hand, not by the code under
 * test.
 */
final class ActivityHistory {

    static final String ACTIVITY = "act-1";
    static final String STATION = "yungu";
    static final String TITLE = "river clean-up";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DATE = LocalDate.of(2026, 11, 3);
    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(12, 0);
    static final Instant STARTS_AT = Instant.parse("2026-11-03T01:00:00Z");
    static final Instant ENDS_AT = Instant.parse("2026-11-03T04:00:00Z");
    static final int PLANNED = 180;
    /** 10:00 local: the ledger's clock, and when events are recorded. */
    static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    private final List<Object> events = new ArrayList<>();

    private ActivityHistory() {}

    static AggregateTestFixture<Activity> fixture() {
        AggregateTestFixture<Activity> fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZONE), 60));
        fixture.registerInjectableResource(new PointsPolicyV1());
        return fixture;
    }

    /** Local time {@code hh:mm} on the activity's date, as an instant. */
    static Instant at(int hour, int minute) {
        return DATE.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    static ActivityPlanned planned(Integer capacity) {
        return new ActivityPlanned(
                ACTIVITY,
                STATION,
                ActivityKind.VOLUNTEER,
                TITLE,
                DATE,
                START,
                END,
                STARTS_AT,
                ENDS_AT,
                PLANNED,
                capacity,
                true,
                NOW);
    }

    /** Planned, without a capacity. */
    static ActivityHistory open() {
        return openWithCapacity(null);
    }

    static ActivityHistory openWithCapacity(Integer capacity) {
        ActivityHistory history = new ActivityHistory();
        history.events.add(planned(capacity));
        return history;
    }

    static Attendee attendee(String card, int minutes) {
        return new Attendee(card, minutes, ActivityEntryIds.entryIdFor(ACTIVITY, card));
    }

    ActivityHistory rostered(String... cards) {
        events.add(new RosterChanged(ACTIVITY, STATION, List.of(cards), NOW));
        return this;
    }

    ActivityHistory signedUp(String card) {
        events.add(new SignedUp(ACTIVITY, STATION, card, NOW));
        return this;
    }

    /** Checked in at {@code at}; {@code added} when the card was not on the roster before. */
    ActivityHistory checkedIn(String card, Instant at, boolean added) {
        events.add(new CheckedIn(ACTIVITY, STATION, card, at, added, NOW));
        return this;
    }

    ActivityHistory checkedOut(String card, Instant in, Instant out, int minutes) {
        events.add(new CheckedOut(ACTIVITY, STATION, card, in, out, minutes, NOW));
        return this;
    }

    ActivityHistory onPaper(String card, int minutes, boolean added) {
        events.add(new AttendanceRecorded(
                ACTIVITY,
                STATION,
                List.of(new AttendanceEntry(card, minutes)),
                added ? List.of(card) : List.of(),
                NOW));
        return this;
    }

    ActivityHistory then(Object event) {
        events.add(event);
        return this;
    }

    List<Object> events() {
        return List.copyOf(events);
    }
}
