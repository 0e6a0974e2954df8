package org.pointsbank.api.http;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an id is taken in the event log, by an aggregate of any kind: ids are one namespace there (its unique key
 * is the aggregate id and sequence number), so a grid cell cannot have a station's id. Asked of the log's index,
 * without loading an aggregate: a command that fails to find one inside a request's unit of work is not needed to
 * learn that an id is free.
 */
@Component
public class AggregateIds {

    private final EventStore events;

    public AggregateIds(EventStore events) {
        this.events = events;
    }

    public boolean inUse(String id) {
        return events.lastSequenceNumberFor(id).isPresent();
    }
}
