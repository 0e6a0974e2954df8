package org.pointsbank.api.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.api.http.WholeLogScans;
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
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditTrailRepository trail;
    private final ChainVerifier verifier;
    private final BalanceReconciler reconciler;
    private final WholeLogScans scans;

    public AuditController(AuditTrailRepository trail, ChainVerifier verifier, BalanceReconciler reconciler,
                           WholeLogScans scans) {
        this.trail = trail;
        this.verifier = verifier;
        this.reconciler = reconciler;
        this.scans = scans;
    }

    /** Events after log position {@code after}; the next page starts after the last position. */
    @GetMapping(path = "/events", produces = "application/json")
    @PreAuthorize("@access.mayAudit(authentication)")
    public AuditPage events(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        List<AuditEntry> events = trail.page(after, limit);
        Long next = events.size() == limit ? events.get(events.size() - 1).position() : null;
        return new AuditPage(events, next);
    }

    /** Every event after {@code after}, streamed a page at a time ({@link CsvStream}). */
    @GetMapping(path = "/events", produces = "text/csv")
    @PreAuthorize("@access.mayAudit(authentication)")
    public void eventsCsv(@RequestParam(defaultValue = "0") long after, HttpServletResponse response) throws IOException {
        Writer out = CsvStream.open(response);
        CsvStream.write(out, AuditCsv.HEADER, after, MAX_LIMIT, trail::page, AuditEntry::position, AuditCsv::row);
    }

    @GetMapping("/verification")
    @PreAuthorize("@access.mayAudit(authentication)")
    public Verification verification() {
        return scans.run(verifier::verify);
    }

    @GetMapping("/reconciliation")
    @PreAuthorize("@access.mayAudit(authentication)")
    public Reconciliation reconciliation() {
        return scans.run(reconciler::reconcile);
    }
}
