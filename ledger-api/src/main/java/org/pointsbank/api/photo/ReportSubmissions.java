package org.pointsbank.api.photo;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * A report's submission (its card, its handling station, who filed it) read from the report's own first event, so
 * that a photo may be attached the moment the report exists, before any read model has caught up.
 */
@Component
class ReportSubmissions {

    private final EventStore eventStore;

    ReportSubmissions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<ReportSubmitted> find(String reportId) {
        DomainEventStream events = eventStore.readEvents(reportId, 0);
        if (events.hasNext() && events.next().getPayload() instanceof ReportSubmitted submitted) {
            return Optional.of(submitted);
        }
        return Optional.empty();
    }
}
