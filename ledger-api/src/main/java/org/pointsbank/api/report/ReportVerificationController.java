package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The independent verification of a resolved report, which rewards its reporter exactly once. */
@Tag(name = FeatureTags.REPORT)
@RestController
public class ReportVerificationController {

    private final IdempotentRequests idempotency;
    private final ReportVerification verification;

    public ReportVerificationController(IdempotentRequests idempotency, ReportVerification verification) {
        this.idempotency = idempotency;
        this.verification = verification;
    }

    @Operation(
            operationId = "verifyReport",
            summary = "Verify a resolved report",
            description = "CONFIRMED: the report is VERIFIED and, in the same unit of work, its reporter's card is"
                    + " credited the points recorded at its acceptance as a PROBLEM_REPORT entry (dated today), exactly"
                    + " once however often and by whomever it is sent. A resolution of NO_ACTION_NEEDED pays nothing."
                    + " If the card refuses the reward (CARD_NOT_ACTIVE, PERIOD_CLOSED, or DAILY_LIMIT_EXCEEDED: at"
                    + " most the policy's number of rewarded reports a card and day, 5 by default) the verification"
                    + " stands, and the refusal is recorded on the report and answered as `rewardRefusal`. NOT_FIXED:"
                    + " the report goes back to ACCEPTED, to be dispatched again. The verifier must be independent:"
                    + " neither the user who resolved it nor its reporter (409 VERIFIER_NOT_INDEPENDENT). Staff of the"
                    + " handling station and admins.")
    @ApiResponse(
            responseCode = "200",
            description = "the report, VERIFIED (with the reward or its refusal) or back to ACCEPTED",
            content = @Content(schema = @Schema(implementation = VerificationResponse.class)))
    @ProblemCodes({
        ProblemCode.WRONG_STATION,
        ProblemCode.REPORT_NOT_FOUND,
        ProblemCode.REPORT_STATE_CONFLICT,
        ProblemCode.VERIFIER_NOT_INDEPENDENT,
        ProblemCode.CONCURRENT_MODIFICATION
    })
    @PostMapping("/api/v1/reports/{reportId}/verification")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    public ResponseEntity<String> verify(
            @PathVariable String reportId,
            @Valid @RequestBody VerifyReportRequest request,
            Authentication authentication) {
        return idempotency.execute(
                request,
                () -> LedgerResponse.ok(verification.verify(reportId, request, ReportAccess.user(authentication))));
    }
}
