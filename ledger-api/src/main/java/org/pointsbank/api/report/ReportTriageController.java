package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The station's steps on a report before its verification: triage of a submitted report (acceptance, rejection,
 * duplicate), dispatch of an accepted one and its resolution. Staff of the handling station and admins; each step
 * is an event naming who took it and when, so the report's timeline is its events.
 */
@Tag(name = FeatureTags.REPORT)
@RestController
@RequestMapping("/api/v1/reports/{reportId}")
public class ReportTriageController {

    private final IdempotentRequests idempotency;
    private final ReportSteps steps;

    public ReportTriageController(IdempotentRequests idempotency, ReportSteps steps) {
        this.idempotency = idempotency;
        this.steps = steps;
    }

    @Operation(
            operationId = "acceptReport",
            summary = "Accept a submitted report",
            description = "The category's points now are recorded on the report: they are what its verification pays"
                    + " (a later change of the category's points does not change them). The body is optional."
                    + " Staff of the handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, ACCEPTED, with the points a verification will pay",
            content = @Content(schema = @Schema(implementation = ReportStepResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REPORT_NOT_FOUND, ProblemCode.REPORT_STATE_CONFLICT})
    @PostMapping("/acceptance")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> accept(
            @PathVariable String reportId, @Valid @RequestBody(required = false) AcceptReportRequest request) {
        return idempotency.execute(request, () -> LedgerResponse.ok(steps.accept(reportId, request)));
    }

    @Operation(
            operationId = "rejectReport",
            summary = "Reject a submitted report",
            description = "An end of triage: the report earns nothing; `reason` is what the reporter reads. Staff of"
                    + " the handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, REJECTED",
            content = @Content(schema = @Schema(implementation = ReportStepResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REPORT_NOT_FOUND, ProblemCode.REPORT_STATE_CONFLICT})
    @PostMapping("/rejection")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> reject(
            @PathVariable String reportId, @Valid @RequestBody RejectReportRequest request) {
        return idempotency.execute(request, () -> LedgerResponse.ok(steps.reject(reportId, request)));
    }

    @Operation(
            operationId = "markReportDuplicate",
            summary = "Mark a submitted report as a duplicate of another",
            description = "An end of triage: the duplicate's reporter earns nothing, and the original's timeline shows"
                    + " the duplicate (both in one unit of work). An unknown original, or an id that is no report,"
                    + " is 404 REPORT_NOT_FOUND naming `ofReportId` and changes nothing; the report itself, an"
                    + " original that is itself a duplicate, or one handled by another station (a different problem,"
                    + " that station's own) is 422 INVALID_DUPLICATE. Staff of the handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, DUPLICATE, naming its original",
            content = @Content(schema = @Schema(implementation = ReportStepResponse.class)))
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.REPORT_NOT_FOUND,
        ProblemCode.REPORT_STATE_CONFLICT,
        ProblemCode.INVALID_DUPLICATE
    })
    @PostMapping("/duplicate")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> duplicate(
            @PathVariable String reportId, @Valid @RequestBody MarkDuplicateRequest request) {
        return idempotency.execute(request, () -> LedgerResponse.ok(steps.markDuplicate(reportId, request)));
    }

    @Operation(
            operationId = "dispatchReport",
            summary = "Dispatch an accepted report",
            description = "To `assignee` (a person or a team), optionally due by an instant (`dueBy`, which the"
                    + " statistics count as overdue once passed). From ACCEPTED, also again after a verification found"
                    + " it NOT_FIXED. Staff of the handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, DISPATCHED",
            content = @Content(schema = @Schema(implementation = ReportStepResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REPORT_NOT_FOUND, ProblemCode.REPORT_STATE_CONFLICT})
    @PostMapping("/dispatch")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> dispatch(
            @PathVariable String reportId, @Valid @RequestBody DispatchReportRequest request) {
        Instant dueBy = ReportSteps.dueBy(request.dueBy());
        return idempotency.execute(
                request, () -> LedgerResponse.ok(steps.dispatch(reportId, request.assignee(), dueBy)));
    }

    @Operation(
            operationId = "resolveReport",
            summary = "Resolve a report",
            description = "With an honest `outcome`: FIXED, NOT_OUR_RESPONSIBILITY (someone else's to fix) or"
                    + " NO_ACTION_NEEDED (no problem was found; its verification pays nothing); `feedback` is what the"
                    + " reporter reads. From ACCEPTED or DISPATCHED. Whoever resolves it may not verify it. Staff of"
                    + " the handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, RESOLVED",
            content = @Content(schema = @Schema(implementation = ReportStepResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REPORT_NOT_FOUND, ProblemCode.REPORT_STATE_CONFLICT})
    @PostMapping("/resolution")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> resolve(
            @PathVariable String reportId, @Valid @RequestBody ResolveReportRequest request) {
        return idempotency.execute(request, () -> LedgerResponse.ok(steps.resolve(reportId, request)));
    }
}
