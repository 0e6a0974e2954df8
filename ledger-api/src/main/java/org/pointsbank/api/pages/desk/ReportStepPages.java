package org.pointsbank.api.pages.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Supplier;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.pages.desk.ReportForms.AcceptForm;
import org.pointsbank.api.pages.desk.ReportForms.DispatchForm;
import org.pointsbank.api.pages.desk.ReportForms.DuplicateForm;
import org.pointsbank.api.pages.desk.ReportForms.RejectForm;
import org.pointsbank.api.pages.desk.ReportForms.ResolveForm;
import org.pointsbank.api.pages.desk.ReportForms.VerifyForm;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.pages.shared.ReadYourWrites;
import org.pointsbank.api.report.DispatchReportRequest;
import org.pointsbank.api.report.ReportSteps;
import org.pointsbank.api.report.ReportVerification;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The step forms of the desk's report page. Each is the API's step under the API's rule ({@code @reportAccess}) and
 * through the same service ({@link ReportSteps}, {@link ReportVerification}) inside
 * {@link IdempotentRequests#executeForm}, so a form sent twice records once. A success is a 303 back to the report
 * (Post/Redirect/Get) once its read model shows the new status ({@link ReadYourWrites}, at most 2 s); a refusal renders the page again with the refusal
 * next to the field, in the page's language, under the refusal's status.
 */
@Controller
@RequestMapping("/desk/reports/{reportId}")
class ReportStepPages {

    private final IdempotentRequests idempotency;
    private final ReportSteps steps;
    private final ReportVerification verification;
    private final ReportPage page;
    private final ReadYourWrites written;
    private final ProblemReportRepository reports;
    private final Validator validator;
    private final ObjectMapper json;
    private final LedgerCalendar calendar;

    ReportStepPages(
            IdempotentRequests idempotency,
            ReportSteps steps,
            ReportVerification verification,
            ReportPage page,
            ReadYourWrites written,
            ProblemReportRepository reports,
            Validator validator,
            ObjectMapper json,
            LedgerCalendar calendar) {
        this.idempotency = idempotency;
        this.steps = steps;
        this.verification = verification;
        this.page = page;
        this.written = written;
        this.reports = reports;
        this.validator = validator;
        this.json = json;
        this.calendar = calendar;
    }

    /** What every step handler was given. */
    private record Posted(
            String reportId,
            String form,
            String formKey,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {}

    @PostMapping("/acceptance")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView accept(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("acceptForm") AcceptForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        var request = form.request();
        Posted posted = new Posted(reportId, "acceptForm", formKey, binding, model, authentication, flash);
        return run(posted, request, () -> steps.accept(reportId, request));
    }

    @PostMapping("/rejection")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView reject(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("rejectForm") RejectForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        var request = form.request();
        Posted posted = new Posted(reportId, "rejectForm", formKey, binding, model, authentication, flash);
        return run(posted, request, () -> steps.reject(reportId, request));
    }

    @PostMapping("/duplicate")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView duplicate(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("duplicateForm") DuplicateForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        var request = form.request();
        Posted posted = new Posted(reportId, "duplicateForm", formKey, binding, model, authentication, flash);
        return run(posted, request, () -> steps.markDuplicate(reportId, request));
    }

    @PostMapping("/dispatch")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView dispatch(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("dispatchForm") DispatchForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        Posted posted = new Posted(reportId, "dispatchForm", formKey, binding, model, authentication, flash);
        DispatchReportRequest request;
        Instant dueBy;
        try {
            request = form.request(calendar.zone());
            dueBy = ReportSteps.dueBy(request.dueBy());
        } catch (DateTimeException | ApiException notADueDay) {
            binding.rejectValue("dueOn", "problem.VALIDATION_FAILED");
            return again(posted, HttpStatus.BAD_REQUEST);
        }
        return run(posted, request, () -> steps.dispatch(reportId, request.assignee(), dueBy));
    }

    @PostMapping("/resolution")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView resolve(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("resolveForm") ResolveForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        var request = form.request();
        Posted posted = new Posted(reportId, "resolveForm", formKey, binding, model, authentication, flash);
        return run(posted, request, () -> steps.resolve(reportId, request));
    }

    @PostMapping("/verification")
    @PreAuthorize("@reportAccess.mayHandle(authentication, #reportId)")
    ModelAndView verify(
            @PathVariable String reportId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("verifyForm") VerifyForm form,
            BindingResult binding,
            Model model,
            Authentication authentication,
            RedirectAttributes flash) {
        var request = form.request();
        Posted posted = new Posted(reportId, "verifyForm", formKey, binding, model, authentication, flash);
        LedgerUser user = (LedgerUser) authentication.getPrincipal();
        return run(posted, request, () -> verification.verify(reportId, request, user));
    }

    private ModelAndView run(Posted posted, Object request, Supplier<Object> action) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (posted.binding().getFieldErrorCount(field) == 0) {
                posted.binding().rejectValue(field, "problem.VALIDATION_FAILED");
            }
        }
        if (posted.binding().hasErrors()) {
            return again(posted, HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<String> answer;
        try {
            answer = idempotency.executeForm(posted.formKey(), request, () -> LedgerResponse.ok(action.get()));
        } catch (RuntimeException failure) {
            return again(posted, PageRefusals.render(posted.model(), posted.binding(), failure));
        }
        JsonNode done = parse(answer.getBody());
        String status = done.path("status").asText();
        written.await(() -> reports.find(posted.reportId())
                .filter(row -> status.equals(row.status()))
                .isPresent());
        RedirectAttributes flash = posted.flash();
        flash.addFlashAttribute("done", posted.form());
        flash.addFlashAttribute("replayed", answer.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER));
        if (done.has("pointsCredited")) {
            flash.addFlashAttribute(
                    "pointsCredited", done.path("pointsCredited").asLong());
        }
        if (done.has("rewardRefusal")) {
            flash.addFlashAttribute(
                    "rewardRefusal", done.path("rewardRefusal").path("code").asText());
        }
        RedirectView back = new RedirectView("/desk/reports/" + posted.reportId(), true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        back.setExposeModelAttributes(false);
        return new ModelAndView(back);
    }

    /** The report page again, the refused form with its values and errors, every form under a fresh key. */
    private ModelAndView again(Posted posted, HttpStatus status) {
        page.fill(posted.model(), posted.reportId(), posted.authentication());
        posted.model().addAttribute("refusedForm", posted.form());
        ModelAndView view = new ModelAndView(ReportPage.VIEW);
        view.setStatus(status);
        return view;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }
}
