package org.pointsbank.api.pages.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.idempotency.LedgerResponse;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.pages.shared.ReadYourWrites;
import org.pointsbank.api.redemption.FinishRedemptionRequest;
import org.pointsbank.api.redemption.RedeemRequest;
import org.pointsbank.api.redemption.RedemptionPlacement;
import org.pointsbank.api.redemption.RedemptionResponse;
import org.pointsbank.api.redemption.RedemptionSteps;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.gift.GiftRepository;
import org.pointsbank.projections.redemption.RedemptionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's redemptions for a card: the gifts of the desk's station with their stock, placing a redemption with a
 * quantity, and the card's redemptions with fulfil (the gift is handed over) and cancel. Each form has its own form
 * key and runs the API's services ({@link RedemptionPlacement}, {@link RedemptionSteps}) inside
 * {@code IdempotentRequests} under the API's access rules.
 */
@Controller
public class RedemptionDeskController {

    private static final int SHOWN = 50;
    private static final String RECORDED = "recordedRedemption";

    private final CardPanel panel;
    private final DeskStations stations;
    private final GiftRepository gifts;
    private final RedemptionRepository redemptions;
    private final IdempotentRequests idempotency;
    private final RedemptionPlacement placement;
    private final RedemptionSteps steps;
    private final ReadYourWrites readYourWrites;
    private final ObjectMapper json;
    private final AccessPolicy access;

    public RedemptionDeskController(
            CardPanel panel,
            DeskStations stations,
            GiftRepository gifts,
            RedemptionRepository redemptions,
            IdempotentRequests idempotency,
            RedemptionPlacement placement,
            RedemptionSteps steps,
            ReadYourWrites readYourWrites,
            ObjectMapper json,
            AccessPolicy access) {
        this.panel = panel;
        this.stations = stations;
        this.gifts = gifts;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
        this.placement = placement;
        this.steps = steps;
        this.readYourWrites = readYourWrites;
        this.json = json;
        this.access = access;
    }

    @GetMapping("/desk/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public String redemptions(
            @PathVariable String cardId,
            @AuthenticationPrincipal LedgerUser user,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        HistoryCache.keep(response);
        return page(cardId, true, user, session, model);
    }

    @PostMapping("/desk/cards/{cardId}/redemptions")
    @PreAuthorize("@access.mayRedeemGift(authentication, #redeem.giftId())")
    public ModelAndView place(
            @PathVariable String cardId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @Valid @ModelAttribute("redeem") RedeemRequest redeem,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        panel.card(cardId);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!binding.hasErrors()) {
            status = act(
                    formKey,
                    redeem,
                    binding,
                    model,
                    redirect,
                    "desk.redemption.placed",
                    "RESERVED",
                    () -> LedgerResponse.created(
                            RedemptionResponse.placed(placement.place(cardId, redeem.giftId(), redeem.quantity()))));
        }
        return answer(cardId, access.canSeeCard(authentication, cardId), status, user, session, model, redirect);
    }

    @PostMapping("/desk/redemptions/{redemptionId}/fulfilment")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ModelAndView fulfil(
            @PathVariable String redemptionId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return finish(
                redemptionId,
                formKey,
                new FinishRedemptionRequest(null),
                "desk.redemption.fulfilled",
                "FULFILLED",
                () -> steps.fulfil(redemptionId),
                new Viewer(user, authentication),
                session,
                model,
                redirect);
    }

    @PostMapping("/desk/redemptions/{redemptionId}/cancellation")
    @PreAuthorize("@access.mayFinishRedemption(authentication, #redemptionId)")
    public ModelAndView cancel(
            @PathVariable String redemptionId,
            @RequestParam(name = FormKeys.FIELD, required = false) String formKey,
            @Valid @ModelAttribute("finish") FinishRedemptionRequest finish,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            String cardId = steps.find(redemptionId).cardId();
            model.addAttribute("refusedRedemption", redemptionId);
            boolean seesCard = access.canSeeCard(authentication, cardId);
            return new ModelAndView(
                    page(cardId, seesCard, user, session, model), model.asMap(), HttpStatus.BAD_REQUEST);
        }
        return finish(
                redemptionId,
                formKey,
                finish,
                "desk.redemption.cancelled",
                "CANCELLED",
                () -> steps.cancel(redemptionId, finish),
                new Viewer(user, authentication),
                session,
                model,
                redirect);
    }

    private ModelAndView finish(
            String redemptionId,
            String formKey,
            FinishRedemptionRequest form,
            String messageKey,
            String status,
            Supplier<LedgerResponse> action,
            Viewer viewer,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        String cardId = steps.find(redemptionId).cardId();
        BindingResult binding = new MapBindingResult(new HashMap<>(), "finish");
        HttpStatus outcome = act(formKey, form, binding, model, redirect, messageKey, status, action);
        if (outcome == HttpStatus.SEE_OTHER && "FULFILLED".equals(status)) {
            readYourWrites.awaitEntry(cardId, redemptionId); // the fulfilled redemption's statement line
        }
        if (outcome != HttpStatus.SEE_OTHER) {
            model.addAttribute("refusedRedemption", redemptionId);
        }
        boolean seesCard = access.canSeeCard(viewer.authentication(), cardId);
        return answer(cardId, seesCard, outcome, viewer.user(), session, model, redirect);
    }

    private record Viewer(LedgerUser user, Authentication authentication) {}

    /**
     * 303 to the card's redemptions after a success, or the page with the refusal. For staff serving at their shop a
     * card they may not read (the API's {@code canSeeCard}), no redirect to a page they may not open: this action's
     * refusal or result only, never the card's balance or its redemptions.
     */
    private ModelAndView answer(
            String cardId,
            boolean seesCard,
            HttpStatus status,
            LedgerUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (status == HttpStatus.SEE_OTHER) {
            if (seesCard) {
                return Redirects.seeOther(
                        Redirects.recorded("/desk/cards/" + cardId + "/redemptions", model.getAttribute(RECORDED)));
            }
            model.addAttribute(DeskResult.FLASH, redirect.getFlashAttributes().get(DeskResult.FLASH));
            CardPanel.clearForms(model, "redeem");
            status = HttpStatus.OK;
        }
        return new ModelAndView(page(cardId, seesCard, user, session, model), model.asMap(), status);
    }

    private HttpStatus act(
            String formKey,
            Object form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String messageKey,
            String awaitedStatus,
            Supplier<LedgerResponse> action) {
        try {
            ResponseEntity<String> response = idempotency.executeForm(formKey, form, action);
            RedemptionResponse done = json.readValue(response.getBody(), RedemptionResponse.class);
            readYourWrites.awaitRedemption(done.redemptionId(), awaitedStatus);
            readYourWrites.awaitBalanceCaughtUp(done.cardId()); // the points it holds or gave back: available
            redirect.addFlashAttribute(
                    DeskResult.FLASH, new DeskResult(messageKey, done.points(), 0, DeskResult.replayed(response)));
            return HttpStatus.SEE_OTHER;
        } catch (RuntimeException | IOException failure) {
            return PageRefusals.render(model, binding, failure);
        }
    }

    private String page(String cardId, boolean seesCard, LedgerUser user, HttpSession session, Model model) {
        String station = stations.current(user, session).orElse(null);
        CardBalance card = panel.card(cardId);
        model.addAttribute("cardId", cardId);
        if (seesCard) {
            model.addAttribute("card", card);
        } else {
            model.addAttribute("redacted", true);
        }
        model.addAttribute("station", station);
        model.addAttribute("stationName", station == null ? null : stations.name(station));
        model.addAttribute(
                "gifts",
                station == null
                        ? List.of()
                        : gifts.atStation(station).stream()
                                .filter(g -> "AVAILABLE".equals(g.status()))
                                .toList());
        model.addAttribute("redemptions", seesCard ? redemptions.ofCard(cardId, SHOWN) : List.of());
        if (!model.containsAttribute("redeem")) {
            model.addAttribute("redeem", new RedeemRequest(null, 1));
        }
        model.addAttribute(FormKeys.FIELD, FormKeys.issue());
        model.addAttribute(FreshKeys.ATTRIBUTE, new FreshKeys());
        return "desk/redemptions";
    }
}
