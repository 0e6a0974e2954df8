package org.pointsbank.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.api.http.WholeLogScans;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.projections.audit.AuditEntry;
import org.pointsbank.projections.audit.AuditTrailRepository;
import org.pointsbank.projections.audit.BalanceReconciler;
import org.pointsbank.projections.audit.ChainVerifier;
import org.pointsbank.projections.audit.Reconciliation;
import org.pointsbank.projections.audit.Verification;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For auditors: the audit trail (JSON pages, or all of it as CSV), verification of the hash
 * chain over the event log, and reconciliation of balances against the log.
 */
@Tag(name = FeatureTags.AUDIT)
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditTrailRepository trail;
    private final ChainVerifier verifier;
    private final BalanceReconciler reconciler;
    private final WholeLogScans scans;

    public AuditController(
            AuditTrailRepository trail, ChainVerifier verifier, BalanceReconciler reconciler, WholeLogScans scans) {
        this.trail = trail;
        this.verifier = verifier;
        this.reconciler = reconciler;
        this.scans = scans;
    }

    /** Events after log position {@code after}; the next page starts after the last position. */
    @Operation(
            operationId = "listAuditEvents",
            summary = "Read the audit trail",
            description = "Every event after log position `after`, as JSON pages of at most `limit` (1 to 1000; the"
                    + " next page starts after `nextAfter`, absent on the last), or all of them as CSV with"
                    + " `Accept: text/csv`. Admins and auditors.")
    @ApiResponse(
            responseCode = "200",
            description = "a page of the trail, or all of it as CSV",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = AuditPage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @GetMapping(path = "/events", produces = "application/json")
    @PreAuthorize("@access.mayAudit(authentication)")
    public AuditPage events(
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        List<AuditEntry> events = trail.page(after, limit);
        Long next = events.size() == limit ? events.get(events.size() - 1).position() : null;
        return new AuditPage(events, next);
    }

    /** Every event after {@code after}, streamed a page at a time ({@link CsvStream}). */
    @Operation(hidden = true) // the same operation as events(), answered as CSV
    @GetMapping(path = "/events", produces = "text/csv")
    @PreAuthorize("@access.mayAudit(authentication)")
    public void eventsCsv(@RequestParam(defaultValue = "0") long after, HttpServletResponse response)
            throws IOException {
        Writer out = CsvStream.open(response);
        CsvStream.write(out, AuditCsv.HEADER, after, MAX_LIMIT, trail::page, AuditEntry::position, AuditCsv::row);
    }

    @Operation(
            operationId = "verifyAuditChain",
            summary = "Verify the event log's hash chain",
            description = "Recomputes the chain over the whole log and names the first event that breaks it, if any."
                    + " Admins and auditors; a few at a time (429 RATE_LIMITED past that).")
    @ApiResponse(responseCode = "200", description = "the verification")
    @GetMapping("/verification")
    @PreAuthorize("@access.mayAudit(authentication)")
    public Verification verification() {
        return scans.run(verifier::verify);
    }

    @Operation(
            operationId = "reconcileReadModels",
            summary = "Reconcile the balances with the event log",
            description = "Recomputes every card's balance and held points (`logReserved`, `readModelReserved`) from"
                    + " the log and lists where the read model differs. Admins and auditors; a few at a time.")
    @ApiResponse(responseCode = "200", description = "the reconciliation")
    @GetMapping("/reconciliation")
    @PreAuthorize("@access.mayAudit(authentication)")
    public Reconciliation reconciliation() {
        return scans.run(reconciler::reconcile);
    }
}
