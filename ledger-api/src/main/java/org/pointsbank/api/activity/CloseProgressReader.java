package org.pointsbank.api.activity;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.pointsbank.core.activity.api.ActivityClosed;
import org.pointsbank.core.activity.api.AttendeeCredited;
import org.pointsbank.core.activity.api.AttendeeRefused;
import org.springframework.stereotype.Component;

/**
 * Reads a close's progress from the activity's events (from its first one: a snapshot would hide the close), so
 * the answer is never behind what was recorded, whichever path recorded it.
 */
@Component
class CloseProgressReader {

    private final EventStore events;

    CloseProgressReader(EventStore events) {
        this.events = events;
    }

    CloseProgress read(String activityId) {
        CloseProgress progress = CloseProgress.empty();
        ActivityClosed closed = null;
        DomainEventStream stream = events.readEvents(activityId, 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ActivityClosed e) {
                closed = e;
            } else if (event instanceof AttendeeCredited e) {
                progress.credited()
                        .put(e.cardId(), new CloseResponse.Credited(e.cardId(), e.entryId(), e.minutes(), e.points()));
            } else if (event instanceof AttendeeRefused e) {
                progress.refused().put(e.cardId(), e.refusalCode());
            }
        }
        return new CloseProgress(closed, progress.credited(), progress.refused());
    }
}
