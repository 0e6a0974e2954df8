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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Problem reports: submitting one on a card. */
@Tag(name = FeatureTags.REPORT)
@RestController
@RequestMapping("/api/v1")
@Validated
public class ReportController {

    private final IdempotentRequests idempotency;
    private final ReportSubmission submission;

    public ReportController(IdempotentRequests idempotency, ReportSubmission submission) {
        this.idempotency = idempotency;
        this.submission = submission;
    }

    @Operation(
            operationId = "submitReport",
            summary = "Report a problem",
            description = "A problem seen in a grid cell, of a category of the catalogue, on the reporter's card. The"
                    + " report goes to the station that handles the cell (named by the cell or the nearest cell above"
                    + " it; 422 NO_HANDLING_STATION when none does), which is answered as `stationId`. A retired"
                    + " category takes no new reports (422 CATEGORY_RETIRED); a closed card is 409 CARD_NOT_ACTIVE."
                    + " `location` (WGS 84 degrees) and `address` (1 to 500 characters) are optional. The volunteer"
                    + " of the card, staff of the card's station on the holder's behalf, and admins; a card the caller"
                    + " may not see is 404 CARD_NOT_FOUND, as an unknown one.")
    @ApiResponse(
            responseCode = "201",
            description = "the report, SUBMITTED",
            content = @Content(schema = @Schema(implementation = SubmittedReport.class)))
    @ProblemCodes({
        ProblemCode.CARD_NOT_FOUND,
        ProblemCode.CARD_NOT_ACTIVE,
        ProblemCode.CATEGORY_NOT_FOUND,
        ProblemCode.CATEGORY_RETIRED,
        ProblemCode.GRID_CELL_NOT_FOUND,
        ProblemCode.NO_HANDLING_STATION
    })
    @PostMapping("/reports")
    @PreAuthorize("@reportAccess.maySubmitFor(authentication, #request.cardId())")
    public ResponseEntity<String> submit(
            @Valid @RequestBody SubmitReportRequest request, Authentication authentication) {
        return idempotency.execute(
                request, () -> LedgerResponse.created(submission.submit(request, ReportAccess.user(authentication))));
    }
}
