package org.pointsbank.api.pages.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.pointsbank.api.card.CardIssuance;
import org.pointsbank.api.card.CardIssuedResponse;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.pages.shared.ReadYourWrites;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.statement.StatementCsv;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.http.HttpHeaders;
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
 * The desk's card: finding it by its id or its QR code's text, issuing one at the desk's station, and its page
 * (figures, the newest statement lines with "more", the statement as CSV). Reads are the API's read models under
 * the API's rule ({@code mayReadCard}: a card the user may not read answers as one that does not exist); credits and
 * reversals are {@link CreditDeskController}.
 */
@Controller
public class CardDeskController {

    private final CardPanel panel;
    private final DeskStations stations;
    private final CardBalanceRepository balances;
    private final StatementRepository statements;
    private final AccessPolicy access;
    private final IdempotentRequests idempotency;
    private final CardIssuance issuance;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json;
    private final Validator validator;

    public CardDeskController(
            CardPanel panel,
            DeskStations stations,
            CardBalanceRepository balances,
            StatementRepository statements,
            AccessPolicy access,
            IdempotentRequests idempotency,
            CardIssuance issuance,
            ReadYourWrites readYourWrites,
            ObjectMapper json,
            Validator validator) {
        this.panel = panel;
        this.stations = stations;
        this.balances = balances;
        this.statements = statements;
        this.access = access;
        this.idempotency = idempotency;
        this.issuance = issuance;
        this.readYourWrites = readYourWrites;
        this.json = json;
        this.validator = validator;
    }

    /** The card field: a card the user may read opens its page; anything else is refused next to the field. */
    @GetMapping("/desk/cards")
    public ModelAndView find(
            @RequestParam(name = "find", required = false) String find,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model) {
        Optional<String> cardId = CardScan.cardId(find);
        if (cardId.isPresent()
                && balances.find(cardId.get()).isPresent()
                && access.canSeeCard(authentication, cardId.get())) {
            return Redirects.seeOther("/desk/cards/" + cardId.get());
        }
        DeskController.prepare(model, stations, user, session);
        model.addAttribute("find", find);
        model.addAttribute("findRefused", cardId.isPresent() ? "problem.CARD_NOT_FOUND" : "desk.card.find.invalid");
        return new ModelAndView(
                "desk/desk", model.asMap(), cardId.isPresent() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    /** Issues a card at the desk's station, with the holder's data if given, and opens its page. */
    @PostMapping("/desk/cards")
    @PreAuthorize("@access.mayIssueCardAt(authentication, #issue.stationId())")
    public ModelAndView issue(
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @ModelAttribute("issue") IssueCardForm issue,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!binding.hasErrors()) {
            issue.validate(validator, binding);
        }
        if (!binding.hasErrors()) {
            try {
                ResponseEntity<String> response = idempotency.executeForm(formKey, issue.request(), () -> {
                    String cardId = issuance.issue(issue.stationId(), issue.holder());
                    return LedgerResponse.created(new CardIssuedResponse(cardId, issue.stationId(), "ACTIVE"));
                });
                String cardId = json.readTree(response.getBody()).path("cardId").asText();
                readYourWrites.awaitCard(cardId);
                redirect.addFlashAttribute(
                        DeskResult.FLASH, new DeskResult("desk.card.issued", 0, 0, DeskResult.replayed(response)));
                return Redirects.seeOther(Redirects.recorded("/desk/cards/" + cardId, cardId));
            } catch (RuntimeException | IOException failure) {
                status = PageRefusals.render(model, binding, failure);
            }
        }
        DeskController.prepare(model, stations, user, session);
        return new ModelAndView("desk/desk", model.asMap(), status);
    }

    @GetMapping("/desk/cards/{cardId}")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public String card(
            @PathVariable String cardId,
            @AuthenticationPrincipal LedgerUser user,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        HistoryCache.keep(response);
        return panel.show(cardId, user, session, model);
    }

    /** The next statement lines for the page's "more" (htmx): rows that replace the "more" row. */
    @GetMapping("/desk/cards/{cardId}/statement")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public String more(@PathVariable String cardId, @RequestParam(name = "before") long before, Model model) {
        panel.card(cardId);
        panel.lines(cardId, before, model);
        return "desk/card :: lines";
    }

    /** The whole statement as the API's CSV. */
    @GetMapping("/desk/cards/{cardId}/statement.csv")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public void csv(@PathVariable String cardId, HttpServletResponse response) throws IOException {
        panel.card(cardId);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + cardId + ".csv\"");
        StatementCsv.stream(response, statements, cardId, Instant.EPOCH, Instant.parse("9999-12-31T23:59:59Z"));
    }
}
