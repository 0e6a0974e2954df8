package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import org.pointsbank.api.activity.ActivityPlans;
import org.pointsbank.api.activity.PlanActivityRequest;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.activity.ActivityRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The desk's activities at the station it works for ({@link DeskStations}: the one chosen, or a staff member's only
 * one; none: back to {@code /desk}):
 * the list, planning one, and an activity's page ({@link ActivityRunController} for its forms). The same access
 * rules and services as the API.
 */
@Controller
@RequestMapping("/desk/activities")
public class ActivityDeskController {

    private final AccessPolicy access;
    private final ActivityRepository activities;
    private final DeskStations desks;
    private final ActivityPlans plans;
    private final IdempotentRequests idempotency;
    private final ActivityDeskPages pages;
    private final Clock clock;

    public ActivityDeskController(
            AccessPolicy access,
            ActivityRepository activities,
            DeskStations desks,
            ActivityPlans plans,
            IdempotentRequests idempotency,
            ActivityDeskPages pages,
            Clock clock) {
        this.access = access;
        this.activities = activities;
        this.desks = desks;
        this.plans = plans;
        this.idempotency = idempotency;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * The station's activities, newest first, and the form that plans one, for the desk's station. A GET changes
     * nothing: the station is chosen only by {@code POST /desk/station} (CSRF-protected), so a link from elsewhere
     * cannot switch the station the desk's forms act for.
     */
    @GetMapping
    public ModelAndView list(
            @AuthenticationPrincipal LedgerUser user, HttpSession session, Authentication authentication, Model model) {
        String current = desks.current(user, session).orElse(null);
        if (current == null) {
            return new ModelAndView(new RedirectView("/desk", true));
        }
        if (!access.mayListActivitiesAt(authentication, current)) { // the API's rule for a station's activities
            throw new AccessDeniedException("not a station of this desk");
        }
        if (!model.containsAttribute("planForm")) {
            PlanForm form = new PlanForm();
            form.setStationId(current);
            form.setDate(LocalDate.now(clock));
            form.setFormKey(FormKeys.issue());
            model.addAttribute("planForm", form);
        }
        return listPage(current, model, HttpStatus.OK);
    }

    /**
     * Plans an activity at the form's station (the one its page showed), under the API's rule for planning there;
     * 303 to its page, or the list with the refusal next to the field. A station the user may not plan at is 403 and
     * records nothing.
     */
    @PostMapping
    @PreAuthorize("@access.mayPlanActivityAt(authentication, #form.stationId)")
    public ModelAndView plan(
            @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            @AuthenticationPrincipal LedgerUser user,
            Model model,
            RedirectAttributes flash) {
        String station = form.getStationId();
        if (!desks.mayChoose(user, station)) { // an admin's form without a known station: pick one first
            return new ModelAndView(new RedirectView("/desk", true));
        }
        PlanActivityRequest request = form.request();
        if (!binding.hasErrors()) {
            pages.validate(request, binding);
        }
        if (binding.hasErrors()) {
            return listPage(station, model, HttpStatus.BAD_REQUEST);
        }
        try {
            ResponseEntity<String> answer =
                    idempotency.executeForm(form.getFormKey(), request, () -> plans.plan(station, request));
            String activityId = pages.body(answer).get("activityId").asText();
            pages.awaitReadModel(() -> activities.find(activityId).isPresent());
            return ActivityDeskPages.seeOther("/desk/activities/" + activityId, answer, "planned", flash);
        } catch (RuntimeException failure) {
            HttpStatus status = PageRefusals.render(model, binding, failure);
            return listPage(station, model, status);
        }
    }

    /** An activity: its roster, the scan field, paper attendance, the close and its outcome. */
    @GetMapping("/{activityId}")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ModelAndView activity(@PathVariable String activityId, Model model) {
        return pages.activityPage(activityId, model, HttpStatus.OK);
    }

    /** The close's outcome, for the page's refresh while the close is still crediting (202 CLOSING). */
    @GetMapping("/{activityId}/outcome")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public String outcome(@PathVariable String activityId, Model model) {
        model.addAttribute("activity", pages.activity(activityId));
        model.addAttribute("outcome", pages.outcome(activityId));
        return "desk/activity-parts :: outcome";
    }

    private ModelAndView listPage(String station, Model model, HttpStatus status) {
        model.addAttribute("station", station);
        model.addAttribute("stationName", pages.stationName(station));
        model.addAttribute("activities", activities.ofStation(station, null, null, null, 100));
        ModelAndView page = new ModelAndView("desk/activities");
        page.setStatus(status);
        return page;
    }
}
