package org.pointsbank.core.activity;

import java.time.Duration;
import java.time.Instant;

/** The planned window of an activity as instants, and the minutes of attendance that fall inside it. */
record PlannedWindow(Instant startsAt, Instant endsAt) {

    int minutes() {
        return minutesOf(startsAt, endsAt);
    }

    /** Whole minutes, rounded down, of the overlap of [{@code from}, {@code to}] with the window; 0 when none. */
    int minutesOf(Instant from, Instant to) {
        Instant start = from.isAfter(startsAt) ? from : startsAt;
        Instant end = to.isBefore(endsAt) ? to : endsAt;
        return end.isAfter(start) ? (int) Duration.between(start, end).toMinutes() : 0;
    }
}
