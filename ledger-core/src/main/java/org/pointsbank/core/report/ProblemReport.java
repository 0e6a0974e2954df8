package org.pointsbank.core.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.AttachPhoto;
import org.pointsbank.core.report.api.DispatchReport;
import org.pointsbank.core.report.api.DuplicateLinked;
import org.pointsbank.core.report.api.ErasePhoto;
import org.pointsbank.core.report.api.LinkDuplicate;
import org.pointsbank.core.report.api.MarkReportDuplicate;
import org.pointsbank.core.report.api.PhotoAttached;
import org.pointsbank.core.report.api.RecordRewardRefused;
import org.pointsbank.core.report.api.RejectReport;
import org.pointsbank.core.report.api.ReportAccepted;
import org.pointsbank.core.report.api.ReportDispatched;
import org.pointsbank.core.report.api.ReportEntryIds;
import org.pointsbank.core.report.api.ReportMarkedDuplicate;
import org.pointsbank.core.report.api.ReportRejected;
import org.pointsbank.core.report.api.ReportReopened;
import org.pointsbank.core.report.api.ReportResolved;
import org.pointsbank.core.report.api.ReportStatus;
import org.pointsbank.core.report.api.ReportSubmitted;
import org.pointsbank.core.report.api.ReportVerified;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.pointsbank.core.report.api.RewardDue;
import org.pointsbank.core.report.api.RewardRefused;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.core.report.api.Verdict;
import org.pointsbank.core.report.api.VerifyReport;
import org.pointsbank.core.shared.LedgerCalendar;

/**
 * One problem report, from its submission to one of its ends ({@link ReportStatus#ended()}). Triage accepts it
 * (recording the category's points then), rejects it or marks it a duplicate; an accepted report is dispatched and
 * resolved with an honest outcome; a verifier who is neither the resolver nor the reporter confirms it, which names
 * the reward its card is owed ({@link RewardDue}), or finds it not fixed, which sends it back to {@code ACCEPTED}.
 * The reward is credited by the caller in the same unit of work; a card's refusal is recorded here, once.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ProblemReport {

    /** The most points an acceptance may record: a category's maximum. */
    static final int MAX_POINTS = 100;

    @AggregateIdentifier
    private String reportId;

    private String cardId;
    private String categoryCode;
    private String stationId;
    private String submittedBy;
    private ReportStatus status;
    private int acceptedPoints;
    private String resolvedBy;
    private ResolutionOutcome outcome;
    /** From the confirmation on: the points it owed the reporter's card (0: none). */
    private int rewardDuePoints;

    private boolean rewardRefused;
    private AttachedPhotos photos = AttachedPhotos.NONE;
    private Set<String> duplicates = new HashSet<>();

    protected ProblemReport() {
        // for Axon's event sourcing and Jackson's snapshots
    }

    @CommandHandler
    public ProblemReport(SubmitReport command, LedgerCalendar calendar) {
        apply(new ReportSubmitted(
                command.reportId(),
                command.cardId(),
                command.categoryCode(),
                command.gridCellId(),
                command.stationId(),
                command.description(),
                command.location(),
                command.address(),
                command.submittedBy(),
                calendar.now()));
    }

    @CommandHandler
    public void handle(AcceptReport command, LedgerCalendar calendar) {
        if (command.points() < 0 || command.points() > MAX_POINTS) {
            throw new AcceptedPointsOutOfRange(command.points(), MAX_POINTS);
        }
        requireStatus(ReportStatus.SUBMITTED, "only a submitted report is accepted");
        apply(new ReportAccepted(reportId, command.points(), command.note(), command.by(), calendar.now()));
    }

    @CommandHandler
    public void handle(RejectReport command, LedgerCalendar calendar) {
        requireStatus(ReportStatus.SUBMITTED, "only a submitted report is rejected");
        apply(new ReportRejected(reportId, command.reason(), command.by(), calendar.now()));
    }

    /** The first half of marking a duplicate; the caller links it to the original in the same unit of work. */
    @CommandHandler
    public void handle(MarkReportDuplicate command, LedgerCalendar calendar) {
        if (command.ofReportId().equals(reportId)) {
            throw new InvalidDuplicate("report " + reportId + " cannot duplicate itself");
        }
        requireStatus(ReportStatus.SUBMITTED, "only a submitted report is marked a duplicate");
        apply(new ReportMarkedDuplicate(reportId, command.ofReportId(), command.note(), command.by(), calendar.now()));
    }

    /** In any state but a duplicate's own. Idempotent: a duplicate linked already, nothing happens. */
    @CommandHandler
    public void handle(LinkDuplicate command, LedgerCalendar calendar) {
        if (command.duplicateReportId().equals(reportId)) {
            throw new InvalidDuplicate("report " + reportId + " cannot duplicate itself");
        }
        if (status == ReportStatus.DUPLICATE) {
            throw new InvalidDuplicate("report " + reportId + " is itself a duplicate: name its original");
        }
        if (!duplicates.contains(command.duplicateReportId())) {
            apply(new DuplicateLinked(reportId, command.duplicateReportId(), command.by(), calendar.now()));
        }
    }

    /** First from {@code ACCEPTED}, and again after a verifier found it not fixed. */
    @CommandHandler
    public void handle(DispatchReport command, LedgerCalendar calendar) {
        requireStatus(ReportStatus.ACCEPTED, "only an accepted report is dispatched");
        apply(new ReportDispatched(reportId, command.assignee(), command.dueBy(), command.by(), calendar.now()));
    }

    @CommandHandler
    public void handle(ResolveReport command, LedgerCalendar calendar) {
        if (status != ReportStatus.ACCEPTED && status != ReportStatus.DISPATCHED) {
            throw new ReportStateConflict(reportId, status, "only an accepted or dispatched report is resolved");
        }
        apply(new ReportResolved(reportId, command.outcome(), command.feedback(), command.by(), calendar.now()));
    }

    /**
     * Confirms the resolution or sends the report back. Answers the reward its card is owed when confirmed: the
     * points recorded at acceptance, unless no problem was found ({@code NO_ACTION_NEEDED}) or they are 0.
     */
    @CommandHandler
    public RewardDue handle(VerifyReport command, LedgerCalendar calendar) {
        requireStatus(ReportStatus.RESOLVED, "only a resolved report is verified");
        if (command.by().equals(resolvedBy)) {
            throw new VerifierNotIndependent(reportId, "the resolver " + resolvedBy);
        }
        if (command.by().equals(submittedBy) || cardId.equals(command.byCardId())) {
            throw new VerifierNotIndependent(reportId, "the reporter");
        }
        if (command.verdict() == Verdict.NOT_FIXED) {
            apply(new ReportReopened(reportId, command.note(), command.by(), calendar.now()));
            return null;
        }
        int points = outcome == ResolutionOutcome.NO_ACTION_NEEDED ? 0 : acceptedPoints;
        String entryId = points > 0 ? ReportEntryIds.entryIdFor(reportId) : null;
        apply(new ReportVerified(reportId, cardId, points, entryId, command.note(), command.by(), calendar.now()));
        return points > 0 ? new RewardDue(reportId, cardId, entryId, stationId, categoryCode, points) : null;
    }

    /** Once, after a confirmation that named a reward. */
    @CommandHandler
    public void handle(RecordRewardRefused command, LedgerCalendar calendar) {
        if (status != ReportStatus.VERIFIED || rewardDuePoints == 0 || rewardRefused) {
            throw new ReportStateConflict(
                    reportId, status, "a refusal is recorded once, for a verified report that was owed a reward");
        }
        apply(new RewardRefused(reportId, cardId, command.code(), command.message(), calendar.now()));
    }

    /** Idempotent: a photo attached already, nothing happens. */
    @CommandHandler
    public void handle(AttachPhoto command, LedgerCalendar calendar) {
        if (status.ended()) {
            throw new ReportStateConflict(reportId, status, "photos are attached only until a report ends");
        }
        if (photos.has(command.photoId())) {
            return;
        }
        if (photos.full()) {
            throw new TooManyPhotos(reportId, AttachedPhotos.MAX);
        }
        apply(new PhotoAttached(
                reportId,
                command.photoId(),
                command.sha256(),
                command.contentType(),
                command.bytes(),
                command.by(),
                calendar.now()));
    }

    /** In any state: an admin erases what should not be kept. */
    @CommandHandler
    public void handle(ErasePhoto command, LedgerCalendar calendar) {
        if (!photos.has(command.photoId())) {
            throw new PhotoNotFound(reportId, command.photoId());
        }
        if (photos.erased(command.photoId())) {
            throw new PhotoErased(reportId, command.photoId());
        }
        apply(new org.pointsbank.core.report.api.PhotoErased(
                reportId, command.photoId(), command.reason(), command.by(), calendar.now()));
    }

    private void requireStatus(ReportStatus required, String step) {
        if (status != required) {
            throw new ReportStateConflict(reportId, status, step);
        }
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        reportId = event.reportId();
        cardId = event.cardId();
        categoryCode = event.categoryCode();
        stationId = event.stationId();
        submittedBy = event.by();
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ReportAccepted event) {
        acceptedPoints = event.points();
        status = ReportStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReportRejected event) {
        status = ReportStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ReportMarkedDuplicate event) {
        status = ReportStatus.DUPLICATE;
    }

    @EventSourcingHandler
    void on(DuplicateLinked event) {
        duplicates.add(event.duplicateReportId());
    }

    @EventSourcingHandler
    void on(ReportDispatched event) {
        status = ReportStatus.DISPATCHED;
    }

    @EventSourcingHandler
    void on(ReportResolved event) {
        resolvedBy = event.by();
        outcome = event.outcome();
        status = ReportStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(ReportReopened event) {
        resolvedBy = null;
        outcome = null;
        status = ReportStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReportVerified event) {
        rewardDuePoints = event.points();
        status = ReportStatus.VERIFIED;
    }

    @EventSourcingHandler
    void on(RewardRefused event) {
        rewardRefused = true;
    }

    @EventSourcingHandler
    void on(PhotoAttached event) {
        photos = photos.with(event.photoId(), false);
    }

    @EventSourcingHandler
    void on(org.pointsbank.core.report.api.PhotoErased event) {
        photos = photos.with(event.photoId(), true);
    }
}
