package org.pointsbank.api.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.Attendee;

/**
 * Where a close stands, read from the activity's own events: the close itself and the outcomes recorded so far,
 * by card. {@code closed} is null for an activity that is not closed.
 */
record CloseProgress(ActivityClosed closed, Map<String, CloseResponse.Credited> credited, Map<String, String> refused) {

    /** The attendees without an outcome yet, in the close's order. */
    List<Attendee> pending() {
        List<Attendee> pending = new ArrayList<>();
        for (Attendee attendee : closed.attendees()) {
            if (!credited.containsKey(attendee.cardId()) && !refused.containsKey(attendee.cardId())) {
                pending.add(attendee);
            }
        }
        return pending;
    }

    boolean complete() {
        return pending().isEmpty();
    }

    /** The close's answer, attendees in the close's order: CLOSED when complete, else CLOSING with the count left. */
    CloseResponse response() {
        List<CloseResponse.Credited> creditedInOrder = new ArrayList<>();
        List<CloseResponse.Refused> refusedInOrder = new ArrayList<>();
        for (Attendee attendee : closed.attendees()) {
            CloseResponse.Credited credit = credited.get(attendee.cardId());
            if (credit != null) {
                creditedInOrder.add(credit);
            }
            String code = refused.get(attendee.cardId());
            if (code != null) {
                refusedInOrder.add(new CloseResponse.Refused(attendee.cardId(), code));
            }
        }
        int pending = pending().size();
        return new CloseResponse(
                closed.activityId(),
                pending == 0 ? "CLOSED" : "CLOSING",
                creditedInOrder,
                refusedInOrder,
                closed.noShows(),
                pending == 0 ? null : pending);
    }

    static CloseProgress empty() {
        return new CloseProgress(null, new LinkedHashMap<>(), new LinkedHashMap<>());
    }
}
