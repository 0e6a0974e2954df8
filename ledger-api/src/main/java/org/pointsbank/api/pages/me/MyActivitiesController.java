package org.pointsbank.api.pages.me;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pointsbank.api.activity.SignUps;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.activity.ActivityRow;
import org.pointsbank.projections.activity.RosterLine;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The open activities of the volunteer's station from today on, each with the card's place on it, and a sign-up
 * button (a plain form: the API's own {@code SignUps}, once per form, then 303 back to the list).
 */
@Controller
@RequestMapping("/me/activities")
public class MyActivitiesController {

    static final int SHOWN = 100;

    private final CardBalanceRepository balances;
    private final ActivityRepository activities;
    private final StationRepository stations;
    private final SignUps signUps;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    MyActivitiesController(
            CardBalanceRepository balances,
            ActivityRepository activities,
            StationRepository stations,
            SignUps signUps,
            IdempotentRequests idempotency,
            Clock clock) {
        this.balances = balances;
        this.activities = activities;
        this.stations = stations;
        this.signUps = signUps;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.mayReadCard(authentication, #user.cardId())")
    String list(@AuthenticationPrincipal LedgerUser user, Model model) {
        describe(user, model);
        return "me/activities";
    }

    @PostMapping("/signup")
    @PreAuthorize("@access.maySignUpFor(authentication, #form.activityId())")
    Object signUp(
            @ModelAttribute("form") SignUpForm form,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ResponseEntity<String> answer;
        try {
            answer = idempotency.executeForm(
                    form.formKey(), form, () -> signUps.signUp(form.activityId(), user.cardId()));
        } catch (RuntimeException failure) {
            response.setStatus(PageRefusals.render(model, binding, failure).value());
            model.addAttribute("refusedActivity", form.activityId());
            describe(user, model);
            return "me/activities";
        }
        redirect.addFlashAttribute("signedUp", form.activityId());
        redirect.addFlashAttribute("replayed", Answers.replayed(answer));
        return Answers.seeOther("/me/activities");
    }

    private void describe(LedgerUser user, Model model) {
        CardBalance card = MeController.card(balances, user);
        List<ActivityRow> open = activities.ofStation(card.stationId(), LocalDate.now(clock), null, "OPEN", SHOWN);
        Map<String, RosterLine> lines = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (ActivityRow activity : open) {
            activities.line(activity.activityId(), card.cardId()).ifPresent(l -> lines.put(activity.activityId(), l));
            keys.put(activity.activityId(), FormKeys.issue());
        }
        model.addAttribute("activities", open);
        model.addAttribute("lines", lines);
        model.addAttribute("keys", keys);
        model.addAttribute("stationName", MeController.stationName(stations, card.stationId()));
    }
}
