package org.pointsbank.api.pages.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Supplier;
import org.pointsbank.api.audit.AuditCsv;
import org.pointsbank.api.http.CsvStream;
import org.pointsbank.api.http.ScanRefused;
import org.pointsbank.api.http.WholeLogScans;
import org.pointsbank.projections.audit.AuditEntry;
import org.pointsbank.projections.audit.AuditTrailRepository;
import org.pointsbank.projections.audit.BalanceReconciler;
import org.pointsbank.projections.audit.ChainVerifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the hash chain verified over the whole log, the balances reconciled with it, and the audit
 * trail a page at a time (keyset {@code after}, the next page over htmx) with its CSV. The same repositories, the same
 * whole-log scan limit ({@link WholeLogScans}) and the same CSV ({@link AuditCsv}) as {@code /api/v1/audit}; a scan
 * refused because another is running shows "retry in N s" instead of the figures.
 */
@Controller
public class AuditPageController {

    /** Events shown per page of the trail. */
    static final int PAGE = 50;

    /** As the API's CSV: pages of this many rows are read and flushed. */
    static final int CSV_PAGE = 1000;

    private final AuditTrailRepository trail;
    private final ChainVerifier verifier;
    private final BalanceReconciler reconciler;
    private final WholeLogScans scans;

    public AuditPageController(
            AuditTrailRepository trail, ChainVerifier verifier, BalanceReconciler reconciler, WholeLogScans scans) {
        this.trail = trail;
        this.verifier = verifier;
        this.reconciler = reconciler;
        this.scans = scans;
    }

    @GetMapping("/audit")
    @PreAuthorize("@access.mayAudit(authentication)")
    String audit(@RequestParam(defaultValue = "0") long after, Model model, HttpServletResponse response) {
        boolean refused = scan(model, "verification", () -> scans.run(verifier::verify));
        refused |= scan(model, "reconciliation", () -> scans.run(reconciler::reconcile));
        if (refused) {
            // as the API answers a refused scan: 429 with Retry-After; the page still shows the trail
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, ScanRefused.RETRY_AFTER_SECONDS);
            model.addAttribute("retryAfter", ScanRefused.RETRY_AFTER_SECONDS);
        }
        page(Math.max(after, 0), model);
        return "audit/audit";
    }

    /** The next page of the trail, swapped in by htmx in place of the "more" link. */
    @GetMapping("/audit/trail")
    @PreAuthorize("@access.mayAudit(authentication)")
    String trail(@RequestParam(defaultValue = "0") long after, Model model) {
        page(Math.max(after, 0), model);
        return "audit/trail :: page";
    }

    /** All of the trail after {@code after}, as the API's CSV, streamed a page at a time. */
    @GetMapping("/audit/trail.csv")
    @PreAuthorize("@access.mayAudit(authentication)")
    void csv(@RequestParam(defaultValue = "0") long after, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
        Writer out = CsvStream.open(response);
        CsvStream.write(
                out, AuditCsv.HEADER, Math.max(after, 0), CSV_PAGE, trail::page, AuditEntry::position, AuditCsv::row);
    }

    private void page(long after, Model model) {
        List<AuditEntry> events = trail.page(after, PAGE);
        model.addAttribute("after", after);
        model.addAttribute("events", events);
        model.addAttribute(
                "nextAfter",
                events.size() == PAGE ? events.get(events.size() - 1).position() : null);
    }

    /** Runs a whole-log scan into the model; true when it was refused because others are running. */
    private static boolean scan(Model model, String name, Supplier<?> run) {
        try {
            model.addAttribute(name, run.get());
            return false;
        } catch (ScanRefused refused) {
            model.addAttribute(name + "Refused", true);
            return true;
        }
    }
}
