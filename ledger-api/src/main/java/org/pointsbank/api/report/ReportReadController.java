package org.pointsbank.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading reports from their read model, which follows the log within moments of each step: a report with its
 * timeline (the reporter's feedback), lists for the stations and auditors, and a card's reports.
 */
@Tag(name = FeatureTags.REPORT)
@RestController
@RequestMapping("/api/v1")
@Validated
public class ReportReadController {

    private static final String STATUSES = "SUBMITTED|ACCEPTED|DISPATCHED|RESOLVED|VERIFIED|REJECTED|DUPLICATE";

    private final ReportReads reads;
    private final CardReports cardReports;

    public ReportReadController(ReportReads reads, CardReports cardReports) {
        this.reads = reads;
        this.cardReports = cardReports;
    }

    @Operation(
            operationId = "getReport",
            summary = "Read a report and its timeline",
            description = "The report, its timeline oldest first (every step with who, when and its note, reason or"
                    + " feedback), its photos' ids and the points credited or why they were refused. Staff of the"
                    + " handling station or of the card's station, auditors, admins, and the reporter: the volunteer"
                    + " of its card, who is shown their own name for their own steps and `station staff` for the"
                    + " others', and not the dispatch's assignee. Staff of another station get 403 WRONG_STATION;"
                    + " anyone else 404 as for an unknown report. Eventually consistent with what was recorded.")
    @ApiResponse(
            responseCode = "200",
            description = "the report",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @ProblemCodes({ProblemCode.WRONG_STATION, ProblemCode.REPORT_NOT_FOUND})
    @GetMapping("/reports/{reportId}")
    @PreAuthorize("@reportAccess.mayRead(authentication, #reportId)")
    public ReportResponse get(@PathVariable String reportId, Authentication authentication) {
        return reads.one(reportId, ReportAccess.user(authentication));
    }

    @Operation(
            operationId = "listReports",
            summary = "List reports",
            description = "Newest first, a page of at most `limit` (1 to 500) and the `nextCursor` of the next:"
                    + " filtered by `status`, the handling `stationId`, `gridCellId` (the cell and every cell below"
                    + " it) and the submission instant in [`from`, `to`). Staff see their own stations' reports"
                    + " (another `stationId` is 403 WRONG_STATION); auditors and admins every report.")
    @ApiResponse(
            responseCode = "200",
            description = "a page of reports, without timelines",
            content = @Content(schema = @Schema(implementation = ReportPageResponse.class)))
    @ProblemCodes(ProblemCode.WRONG_STATION)
    @GetMapping("/reports")
    @PreAuthorize("@reportAccess.mayList(authentication)")
    public ReportPageResponse list(
            @RequestParam(required = false) @Pattern(regexp = STATUSES) String status,
            @RequestParam(required = false) String stationId,
            @RequestParam(required = false) String gridCellId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            Authentication authentication) {
        return reads.list(ReportAccess.user(authentication), status, stationId, gridCellId, from, to, cursor, limit);
    }

    @Operation(
            operationId = "listCardReports",
            summary = "List a card's reports",
            description = "Newest first, at most `limit` (1 to 500), each with its status and latest feedback: what"
                    + " the reporter follows. Who may read the card.")
    @ApiResponse(responseCode = "200", description = "the card's reports, without timelines")
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping("/cards/{cardId}/reports")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public List<ReportResponse> ofCard(
            @PathVariable String cardId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            Authentication authentication) {
        return cardReports.ofCard(cardId, limit, ReportAccess.user(authentication));
    }
}
