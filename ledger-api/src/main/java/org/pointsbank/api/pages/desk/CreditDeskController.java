package org.pointsbank.api.pages.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.function.Supplier;
import org.pointsbank.api.credit.CreditStudySessionRequest;
import org.pointsbank.api.credit.CreditVolunteerHoursRequest;
import org.pointsbank.api.credit.Credits;
import org.pointsbank.api.credit.EntryResponse;
import org.pointsbank.api.credit.ReversalRequest;
import org.pointsbank.api.credit.Reversals;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.pages.shared.ReadYourWrites;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's credits and reversals: plain forms, each with its own form key, run through the API's services
 * ({@link Credits}, {@link Reversals}) inside {@code IdempotentRequests} under the API's access rules. A success
 * waits for the statement to show the entry and answers 303 to the card's page ("recorded", or "already recorded"
 * for a form sent again); a refusal shows the card's page again with the problem next to the field, and records
 * nothing.
 */
@Controller
public class CreditDeskController {

    private static final String RECORDED = "recordedEntry";

    private final CardPanel panel;
    private final IdempotentRequests idempotency;
    private final Credits credits;
    private final Reversals reversals;
    private final StatementRepository statements;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json;
    private final AccessPolicy access;

    public CreditDeskController(
            CardPanel panel,
            IdempotentRequests idempotency,
            Credits credits,
            Reversals reversals,
            StatementRepository statements,
            ReadYourWrites readYourWrites,
            ObjectMapper json,
            AccessPolicy access) {
        this.panel = panel;
        this.idempotency = idempotency;
        this.credits = credits;
        this.reversals = reversals;
        this.statements = statements;
        this.readYourWrites = readYourWrites;
        this.json = json;
        this.access = access;
    }

    @PostMapping("/desk/cards/{cardId}/volunteer-hours")
    @PreAuthorize("@access.mayCreditAt(authentication, #volunteer.stationId())")
    public ModelAndView creditVolunteerHours(
            @PathVariable String cardId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @Valid @ModelAttribute("volunteer") CreditVolunteerHoursRequest volunteer,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return credit(
                cardId,
                formKey,
                volunteer,
                binding,
                () -> credits.volunteerHours(cardId, volunteer),
                new Viewer(user, access.canSeeCard(authentication, cardId)),
                session,
                model,
                redirect);
    }

    @PostMapping("/desk/cards/{cardId}/study-sessions")
    @PreAuthorize("@access.mayCreditAt(authentication, #study.stationId())")
    public ModelAndView creditStudySession(
            @PathVariable String cardId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @Valid @ModelAttribute("study") CreditStudySessionRequest study,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return credit(
                cardId,
                formKey,
                study,
                binding,
                () -> credits.studySession(cardId, study),
                new Viewer(user, access.canSeeCard(authentication, cardId)),
                session,
                model,
                redirect);
    }

    private ModelAndView credit(
            String cardId,
            String formKey,
            Object form,
            BindingResult binding,
            Supplier<LedgerResponse> action,
            Viewer viewer,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        panel.card(cardId);
        HttpStatus status = recordOrRefuse(cardId, formKey, form, binding, action, model, redirect);
        if (!viewer.seesCard()) {
            // staff crediting at their station a card they may not read: this action's refusal or result only
            if (status == HttpStatus.SEE_OTHER) {
                model.addAttribute(
                        DeskResult.FLASH, redirect.getFlashAttributes().get(DeskResult.FLASH));
                CardPanel.clearForms(model, "volunteer", "study");
                status = HttpStatus.OK;
            }
            return new ModelAndView(panel.showRedacted(cardId, viewer.user(), session, model), model.asMap(), status);
        }
        if (status == HttpStatus.SEE_OTHER) {
            return Redirects.seeOther(Redirects.recorded("/desk/cards/" + cardId, model.getAttribute(RECORDED)));
        }
        return new ModelAndView(panel.show(cardId, viewer.user(), session, model), model.asMap(), status);
    }

    /** Who the page is for: the user, and whether they may read the card (else its figures are never shown). */
    private record Viewer(LedgerUser user, boolean seesCard) {}

    /** The reversal form for one line of the statement. */
    @GetMapping("/desk/cards/{cardId}/entries/{entryId}/reversal")
    @PreAuthorize("@access.mayReverse(authentication, #cardId, #entryId)")
    public String reversalForm(
            @PathVariable String cardId, @PathVariable String entryId, Model model, HttpServletResponse response) {
        HistoryCache.keep(response);
        return reversalPage(cardId, entryId, model, new ReversalRequest(null));
    }

    @PostMapping("/desk/cards/{cardId}/entries/{entryId}/reversal")
    @PreAuthorize("@access.mayReverse(authentication, #cardId, #entryId)")
    public ModelAndView reverse(
            @PathVariable String cardId,
            @PathVariable String entryId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @Valid @ModelAttribute("reversal") ReversalRequest reversal,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        panel.card(cardId);
        HttpStatus status = recordOrRefuse(
                cardId,
                formKey,
                reversal,
                binding,
                () -> reversals.reverse(cardId, entryId, reversal),
                model,
                redirect);
        if (status == HttpStatus.SEE_OTHER) {
            return Redirects.seeOther(Redirects.recorded("/desk/cards/" + cardId, model.getAttribute(RECORDED)));
        }
        return new ModelAndView(reversalPage(cardId, entryId, model, reversal), model.asMap(), status);
    }

    private String reversalPage(String cardId, String entryId, Model model, ReversalRequest form) {
        model.addAttribute("card", panel.card(cardId));
        model.addAttribute(
                "line",
                statements
                        .find(cardId, entryId)
                        .orElseThrow(() -> new ApiException(
                                HttpStatus.NOT_FOUND,
                                "ENTRY_NOT_FOUND",
                                "card " + cardId + " has no entry " + entryId)));
        if (!model.containsAttribute("reversal")) {
            model.addAttribute("reversal", form);
        }
        model.addAttribute(FormKeys.FIELD, FormKeys.issue());
        return "desk/reversal";
    }

    /**
     * Runs the form's action once per form key: 303 after a success (the statement shows it, the flash says so), or
     * the refusal's status with the refusal marked on the form.
     */
    private HttpStatus recordOrRefuse(
            String cardId,
            String formKey,
            Object form,
            BindingResult binding,
            Supplier<LedgerResponse> action,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return HttpStatus.BAD_REQUEST;
        }
        try {
            ResponseEntity<String> response = idempotency.executeForm(formKey, form, action);
            EntryResponse entry = json.readValue(response.getBody(), EntryResponse.class);
            readYourWrites.awaitEntry(cardId, entry.entryId());
            boolean replayed = DeskResult.replayed(response);
            String kind = entry.reverses() != null ? "desk.card.reversed" : "desk.card.credited";
            redirect.addFlashAttribute(
                    DeskResult.FLASH, new DeskResult(kind, entry.points(), entry.balance(), replayed));
            model.addAttribute(RECORDED, entry.entryId());
            return HttpStatus.SEE_OTHER;
        } catch (RuntimeException | IOException failure) {
            return PageRefusals.render(model, binding, failure);
        }
    }
}
