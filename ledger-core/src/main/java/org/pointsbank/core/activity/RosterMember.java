package org.pointsbank.core.activity;

import java.time.Instant;

/**
 * What the activity knows of one card on its roster: when it checked in and out, the minutes of that scan, and the
 * minutes taken on paper, which win over the scanned ones.
 */
record RosterMember(Instant checkedInAt, Instant checkedOutAt, Integer scannedMinutes, Integer paperMinutes) {

    static final RosterMember SIGNED_UP = new RosterMember(null, null, null, null);

    RosterMember checkedIn(Instant at) {
        return new RosterMember(at, checkedOutAt, scannedMinutes, paperMinutes);
    }

    RosterMember checkedOut(Instant at, int minutes) {
        return new RosterMember(checkedInAt, at, minutes, paperMinutes);
    }

    RosterMember onPaper(int minutes) {
        return new RosterMember(checkedInAt, checkedOutAt, scannedMinutes, minutes);
    }

    /**
     * The minutes that count at a close at {@code closedAt}: paper minutes if staff took any, else the scanned ones,
     * else, for a card checked in but never out, the overlap of [check-in, close] with the window; else none.
     */
    int minutesAtClose(PlannedWindow window, Instant closedAt) {
        if (paperMinutes != null) {
            return paperMinutes;
        }
        if (scannedMinutes != null) {
            return scannedMinutes;
        }
        return checkedInAt == null ? 0 : window.minutesOf(checkedInAt, closedAt);
    }
}
