package org.pointsbank.projections.testing;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.Location;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.report.api.PhotoErased;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.RewardRefused;

/**
 * One problem report's event stream as its aggregate records it: sequence numbers from 0, every event with who
 * and when. Tests say only the times, people and outcomes that matter.
 */
public final class ReportEvents {

    private final String reportId;
    private final String cardId;
    private long sequence = -1;

    private ReportEvents(String reportId, String cardId) {
        this.reportId = reportId;
        this.cardId = cardId;
    }

    public static ReportEvents report(String reportId, String cardId) {
        return new ReportEvents(reportId, cardId);
    }

    public String id() {
        return reportId;
    }

    public DomainEventMessage<ReportSubmitted> submitted(
            String category, String cell, String station, String by, Instant at) {
        return next(new ReportSubmitted(
                reportId,
                cardId,
                category,
                cell,
                station,
                "drain cover loose at " + reportId,
                new Location(30.25, 120.16),
                "1 River Road",
                by,
                at));
    }

    public DomainEventMessage<ReportAccepted> accepted(int points, String by, Instant at) {
        return next(new ReportAccepted(reportId, points, "on it", by, at));
    }

    public DomainEventMessage<ReportRejected> rejected(String by, Instant at) {
        return next(new ReportRejected(reportId, "not a problem", by, at));
    }

    public DomainEventMessage<ReportMarkedDuplicate> duplicateOf(String original, String by, Instant at) {
        return next(new ReportMarkedDuplicate(reportId, original, "seen already", by, at));
    }

    public DomainEventMessage<DuplicateLinked> linked(String duplicate, String by, Instant at) {
        return next(new DuplicateLinked(reportId, duplicate, by, at));
    }

    public DomainEventMessage<ReportDispatched> dispatched(String assignee, Instant dueBy, String by, Instant at) {
        return next(new ReportDispatched(reportId, assignee, dueBy, by, at));
    }

    public DomainEventMessage<ReportResolved> resolved(ResolutionOutcome outcome, String by, Instant at) {
        return next(new ReportResolved(reportId, outcome, "done: " + outcome, by, at));
    }

    public DomainEventMessage<ReportReopened> reopened(String by, Instant at) {
        return next(new ReportReopened(reportId, "still loose", by, at));
    }

    /** Confirmed; {@code points} 0 when nothing is due. */
    public DomainEventMessage<ReportVerified> verified(int points, String by, Instant at) {
        return next(
                new ReportVerified(reportId, cardId, points, points == 0 ? null : entryId(), "fixed indeed", by, at));
    }

    public DomainEventMessage<RewardRefused> rewardRefused(String code, Instant at) {
        return next(new RewardRefused(reportId, cardId, code, "refused: " + code, at), Map.of("actor", "verifier"));
    }

    public DomainEventMessage<PhotoAttached> photo(String photoId, String by, Instant at) {
        return next(new PhotoAttached(reportId, photoId, "ab".repeat(32), "image/png", 1234, by, at));
    }

    public DomainEventMessage<PhotoErased> photoErased(String photoId, String by, Instant at) {
        return next(new PhotoErased(reportId, photoId, "a face", by, at));
    }

    /** The entry id of the report's reward. */
    public String entryId() {
        return ReportEntryIds.entryIdFor(reportId);
    }

    private <T> DomainEventMessage<T> next(T payload) {
        return next(payload, Map.of());
    }

    private <T> DomainEventMessage<T> next(T payload, Map<String, ?> metaData) {
        sequence++;
        return new GenericDomainEventMessage<>("ProblemReport", reportId, sequence, payload, metaData);
    }
}
