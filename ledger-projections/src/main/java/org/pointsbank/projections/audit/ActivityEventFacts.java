package org.pointsbank.projections.audit;

import org.pointsbank.core.activity.api.ActivityCancelled;
import org.pointsbank.core.activity.api.ActivityCloseCompleted;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.ActivityPlanned;
import org.pointsbank.core.activity.api.AttendanceRecorded;
import org.pointsbank.core.activity.api.AttendeeCredited;
import org.pointsbank.core.activity.api.AttendeeRefused;
import org.pointsbank.core.activity.api.CheckedIn;
import org.pointsbank.core.activity.api.CheckedOut;
import org.pointsbank.core.activity.api.RosterChanged;
import org.pointsbank.core.activity.api.SignedUp;
import org.pointsbank.core.card.api.StudySessionCredited;
import org.pointsbank.core.card.api.VolunteerHoursCredited;

/**
 * What the audit trail names of activities: the activity and its station for every activity event (and the card
 * where one card is concerned), and the activity of every credit an activity's close sent.
 */
final class ActivityEventFacts {

    private ActivityEventFacts() {}

    /** The event's facts if it is an activity's event, else null. */
    static EventFacts of(Object event) {
        if (event instanceof ActivityPlanned e) {
            return station(e.stationId());
        }
        if (event instanceof RosterChanged e) {
            return station(e.stationId());
        }
        if (event instanceof AttendanceRecorded e) {
            return station(e.stationId());
        }
        if (event instanceof ActivityClosed e) {
            return station(e.stationId());
        }
        if (event instanceof ActivityCloseCompleted e) {
            return station(e.stationId());
        }
        if (event instanceof ActivityCancelled e) {
            return station(e.stationId());
        }
        if (event instanceof SignedUp e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CheckedIn e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof CheckedOut e) {
            return new EventFacts(e.cardId(), e.stationId(), null, null, null);
        }
        if (event instanceof AttendeeCredited e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), null, null);
        }
        if (event instanceof AttendeeRefused e) {
            return new EventFacts(e.cardId(), e.stationId(), e.entryId(), null, null);
        }
        return null;
    }

    /** The activity the event is about or came from, else null. */
    static String activityId(Object event) {
        if (event instanceof ActivityPlanned e) {
            return e.activityId();
        }
        if (event instanceof RosterChanged e) {
            return e.activityId();
        }
        if (event instanceof AttendanceRecorded e) {
            return e.activityId();
        }
        if (event instanceof ActivityClosed e) {
            return e.activityId();
        }
        if (event instanceof ActivityCloseCompleted e) {
            return e.activityId();
        }
        if (event instanceof ActivityCancelled e) {
            return e.activityId();
        }
        if (event instanceof SignedUp e) {
            return e.activityId();
        }
        if (event instanceof CheckedIn e) {
            return e.activityId();
        }
        if (event instanceof CheckedOut e) {
            return e.activityId();
        }
        if (event instanceof AttendeeCredited e) {
            return e.activityId();
        }
        if (event instanceof AttendeeRefused e) {
            return e.activityId();
        }
        if (event instanceof VolunteerHoursCredited e) {
            return e.activityId();
        }
        if (event instanceof StudySessionCredited e) {
            return e.activityId();
        }
        return null;
    }

    private static EventFacts station(String stationId) {
        return new EventFacts(null, stationId, null, null, null);
    }
}
