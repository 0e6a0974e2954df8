package org.pointsbank.api.pages.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.pointsbank.api.activity.Attendances;
import org.pointsbank.api.activity.AttendeeRequest;
import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.activity.ActivityRepository;
import org.pointsbank.projections.activity.ActivityRow;
import org.pointsbank.projections.activity.RosterLine;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page an activity's check-in QR code opens ({@code checkin/CheckInUrls}: {@code
 * /me/check-in?activity=&code=}). The GET changes nothing and never judges the code: for anything shaped like a code
 * ({@link CheckInCodes#wellFormed}) it shows one big button, "check in" or "check out" as the card's roster line says,
 * so a right and a wrong code get the same page and the GET is no oracle for guessing. The POST does that step through
 * the API's own {@code Attendances}, once per form: it checks the code with the API's {@code acceptsFrom}, so wrong
 * codes count towards the same {@code WrongCodeLimit}, and a wrong or expired one is refused with {@code
 * CHECK_IN_CODE_INVALID} ("scan the code again"). A success redirects (303) to the page without a code, which shows
 * what was recorded.
 */
@Controller
@RequestMapping("/me/check-in")
public class CheckInPage {

    private final ActivityRepository activities;
    private final Attendances attendances;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    CheckInPage(
            ActivityRepository activities,
            Attendances attendances,
            IdempotentRequests idempotency,
            ObjectMapper json,
            Clock clock) {
        this.activities = activities;
        this.attendances = attendances;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.mayReadActivity(authentication, #activity)")
    String show(
            @RequestParam(required = false) String activity,
            @RequestParam(required = false) String code,
            @AuthenticationPrincipal LedgerUser user,
            Model model) {
        ActivityRow row = describe(activity, user, model);
        if (code == null || code.isBlank()) {
            return "me/check-in";
        }
        if (!CheckInCodes.wellFormed(code)) {
            model.addAttribute("expired", true);
            return "me/check-in";
        }
        Optional<String> step = step(row, activities.line(row.activityId(), user.cardId()));
        step.ifPresent(s -> model.addAttribute("form", new CheckInForm(row.activityId(), code, s, FormKeys.issue())));
        return "me/check-in";
    }

    @PostMapping
    @PreAuthorize("@access.mayAttendActivity(authentication, #form.activity())")
    Object act(
            @ModelAttribute("form") CheckInForm form,
            BindingResult binding,
            Authentication authentication,
            @AuthenticationPrincipal LedgerUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AttendeeRequest request = new AttendeeRequest(null, form.code());
        ResponseEntity<String> answer;
        try {
            answer = idempotency.executeForm(
                    form.formKey(),
                    form,
                    () -> CheckInForm.OUT.equals(form.step())
                            ? attendances.checkOut(form.activity(), request, authentication)
                            : attendances.checkIn(form.activity(), request, authentication));
        } catch (RuntimeException failure) {
            response.setStatus(PageRefusals.render(model, binding, failure).value());
            describe(form.activity(), user, model);
            return "me/check-in";
        }
        JsonNode body = Answers.body(json, answer);
        redirect.addFlashAttribute("done", body.path("status").asText());
        redirect.addFlashAttribute("doneAt", Answers.time(body.get("at"), clock.getZone()));
        redirect.addFlashAttribute(
                "doneMinutes",
                body.path("minutes").isInt() ? body.get("minutes").asInt() : null);
        redirect.addFlashAttribute("replayed", Answers.replayed(answer));
        return Answers.seeOther(UriComponentsBuilder.fromPath("/me/check-in")
                .queryParam("activity", form.activity())
                .encode()
                .toUriString());
    }

    /** The activity and the card's line on it, for the page; 404 for an activity the read model does not know. */
    private ActivityRow describe(String activityId, LedgerUser user, Model model) {
        ActivityRow row = activities.find(activityId).orElseThrow(() -> ApiException.activityNotFound(activityId));
        model.addAttribute("activity", row);
        model.addAttribute("line", activities.line(activityId, user.cardId()).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return row;
    }

    /** What one tap does now: check in (not on the roster, or signed up), check out (checked in), or nothing. */
    static Optional<String> step(ActivityRow activity, Optional<RosterLine> line) {
        if (!"OPEN".equals(activity.status()) || !activity.selfCheckIn()) {
            return Optional.empty();
        }
        String status = line.map(RosterLine::status).orElse("SIGNED_UP");
        return switch (status) {
            case "SIGNED_UP" -> Optional.of(CheckInForm.IN);
            case "CHECKED_IN" -> Optional.of(CheckInForm.OUT);
            default -> Optional.empty();
        };
    }
}
