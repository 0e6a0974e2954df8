package org.pointsbank.api.report;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * Reads a report's origin from the first event of its stream, so who may handle or read a report is decided by the
 * log, never by a read model that may not have caught up with a report submitted a moment ago. A stream that does
 * not start with {@link ReportSubmitted} (another aggregate's id, or none) is no report.
 */
@Component
public class ReportOrigins {

    private final EventStore events;

    ReportOrigins(EventStore events) {
        this.events = events;
    }

    public Optional<ReportOrigin> find(String reportId) {
        if (reportId == null || reportId.isBlank()) {
            return Optional.empty();
        }
        DomainEventStream stream = events.readEvents(reportId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        if (stream.next().getPayload() instanceof ReportSubmitted submitted) {
            return Optional.of(new ReportOrigin(
                    submitted.reportId(),
                    submitted.cardId(),
                    submitted.categoryCode(),
                    submitted.stationId(),
                    submitted.by(),
                    submitted.at()));
        }
        return Optional.empty();
    }

    /** The origin, or 404 REPORT_NOT_FOUND. */
    public ReportOrigin require(String reportId) {
        return find(reportId).orElseThrow(() -> ReportProblems.reportNotFound(reportId));
    }
}
