package org.pointsbank.api.pages.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.api.pages.desk.ReportForms.AcceptForm;
import org.pointsbank.api.pages.desk.ReportForms.DispatchForm;
import org.pointsbank.api.pages.desk.ReportForms.DuplicateForm;
import org.pointsbank.api.pages.desk.ReportForms.RejectForm;
import org.pointsbank.api.pages.desk.ReportForms.ResolveForm;
import org.pointsbank.api.pages.desk.ReportForms.VerifyForm;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.report.ReportAccess;
import org.pointsbank.api.report.ReportReads;
import org.pointsbank.api.report.ReportResponse;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.core.shared.LedgerCalendar;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the desk's report page ({@code desk/report}): the report as the API shows it to this reader, whether
 * the reader handles it (the API's own {@code mayHandle} rule: only then are the step forms shown), and the step
 * forms, each with its own fresh form key. A form already in the model (one just refused) keeps its values and errors.
 */
@Component
class ReportPage {

    static final String VIEW = "desk/report";
    static final List<String> FORMS =
            List.of("acceptForm", "rejectForm", "duplicateForm", "dispatchForm", "resolveForm", "verifyForm");

    private final ReportReads reads;
    private final ReportAccess access;
    private final LedgerCalendar calendar;

    ReportPage(ReportReads reads, ReportAccess access, LedgerCalendar calendar) {
        this.reads = reads;
        this.access = access;
        this.calendar = calendar;
    }

    void fill(Model model, String reportId, Authentication authentication) {
        ReportResponse report = reads.one(reportId, (LedgerUser) authentication.getPrincipal());
        model.addAttribute("report", report);
        model.addAttribute("times", new DeskTimes(calendar.zone()));
        model.addAttribute("mayHandle", mayHandle(authentication, reportId));
        unlessThere(model, "acceptForm", new AcceptForm(null));
        unlessThere(model, "rejectForm", new RejectForm(null));
        unlessThere(model, "duplicateForm", new DuplicateForm(null, null));
        unlessThere(model, "dispatchForm", new DispatchForm(null, null));
        unlessThere(model, "resolveForm", new ResolveForm(null, null));
        unlessThere(model, "verifyForm", new VerifyForm(null, null));
        Map<String, String> keys = new HashMap<>();
        FORMS.forEach(form -> keys.put(form, FormKeys.issue()));
        model.addAttribute("formKeys", keys);
    }

    private static void unlessThere(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private boolean mayHandle(Authentication authentication, String reportId) {
        try {
            return access.mayHandle(authentication, reportId);
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
