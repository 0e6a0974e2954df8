package org.pointsbank.api.report;

import java.time.Instant;
import org.pointsbank.api.category.CategoryQuotes;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.input.LedgerTimeRange;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.report.api.AcceptReport;
import org.pointsbank.core.report.api.DispatchReport;
import org.pointsbank.core.report.api.RejectReport;
import org.pointsbank.core.report.api.ResolutionOutcome;
import org.pointsbank.core.report.api.ResolveReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The station's steps on a report before its verification (acceptance, rejection, duplicate, dispatch, resolution),
 * each inside the caller's {@code IdempotentRequests} unit of work, by the signed-in user. The API's
 * {@link ReportTriageController} and the desk's pages both take them here, so the rules, events and answers are one.
 */
@Service
public class ReportSteps {

    private final LedgerCommands commands;
    private final ReportOrigins origins;
    private final CategoryQuotes categories;
    private final ReportDuplicates duplicates;

    public ReportSteps(
            LedgerCommands commands, ReportOrigins origins, CategoryQuotes categories, ReportDuplicates duplicates) {
        this.commands = commands;
        this.origins = origins;
        this.categories = categories;
        this.duplicates = duplicates;
    }

    /** The category's points now are recorded on the report: they are what its verification pays. */
    public ReportStepResponse accept(String reportId, AcceptReportRequest request) {
        String category = origins.require(reportId).categoryCode();
        CategoryQuote quote = categories.forAcceptance(category);
        String note = request == null ? null : request.note();
        commands.send(new AcceptReport(reportId, quote.points(), note, LedgerCommands.currentUser()));
        return new ReportStepResponse(reportId, "ACCEPTED", quote.points(), null, null, null, null);
    }

    public ReportStepResponse reject(String reportId, RejectReportRequest request) {
        commands.send(new RejectReport(reportId, request.reason(), LedgerCommands.currentUser()));
        return ReportStepResponse.of(reportId, "REJECTED");
    }

    public ReportStepResponse markDuplicate(String reportId, MarkDuplicateRequest request) {
        duplicates.mark(reportId, request.ofReportId(), request.note(), LedgerCommands.currentUser());
        return new ReportStepResponse(reportId, "DUPLICATE", null, request.ofReportId(), null, null, null);
    }

    /** {@code dueBy}: checked by {@link #dueBy(Instant)} before the request's unit of work starts. */
    public ReportStepResponse dispatch(String reportId, String assignee, Instant dueBy) {
        commands.send(new DispatchReport(reportId, assignee, dueBy, LedgerCommands.currentUser()));
        return new ReportStepResponse(reportId, "DISPATCHED", null, null, assignee, dueBy, null);
    }

    public ReportStepResponse resolve(String reportId, ResolveReportRequest request) {
        ResolutionOutcome outcome = ResolutionOutcome.valueOf(request.outcome());
        commands.send(new ResolveReport(reportId, outcome, request.feedback(), LedgerCommands.currentUser()));
        return new ReportStepResponse(reportId, "RESOLVED", null, null, null, null, outcome.name());
    }

    /** A dispatch's due instant, or null for none: 400 VALIDATION_FAILED naming {@code dueBy} outside the ledger's range. */
    public static Instant dueBy(Instant dueBy) {
        if (dueBy == null) {
            return null;
        }
        try {
            return LedgerTimeRange.checked(dueBy);
        } catch (LedgerTimeRange.OutOfRange outOfRange) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", outOfRange.reason(), "dueBy");
        }
    }
}
