package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.pointsbank.api.activity.ActivityCloses;
import org.pointsbank.api.activity.AttendanceRequest;
import org.pointsbank.api.activity.Attendances;
import org.pointsbank.api.activity.AttendeeRequest;
import org.pointsbank.api.activity.RosterRequest;
import org.pointsbank.api.activity.Rosters;
import org.pointsbank.api.idempotency.IdempotentRequests;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.pages.shared.PageRefusals;
import org.pointsbank.projections.activity.ActivityRepository;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of an activity's desk page: cards onto the roster, a scanned card checked in or out (over htmx: the
 * answer is the scan form again, fresh, and the roster), attendance taken on paper, and the close. Each runs the
 * API's service under its form's key; a success is a 303 back to the page, a refusal the page with it next to the
 * field.
 */
@Controller
@RequestMapping("/desk/activities/{activityId}")
public class ActivityRunController {

    private final Rosters rosters;
    private final Attendances attendances;
    private final ActivityCloses closes;
    private final ActivityRepository activities;
    private final IdempotentRequests idempotency;
    private final ActivityDeskPages pages;

    public ActivityRunController(
            Rosters rosters,
            Attendances attendances,
            ActivityCloses closes,
            ActivityRepository activities,
            IdempotentRequests idempotency,
            ActivityDeskPages pages) {
        this.rosters = rosters;
        this.attendances = attendances;
        this.closes = closes;
        this.activities = activities;
        this.idempotency = idempotency;
        this.pages = pages;
    }

    @PostMapping("/roster")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ModelAndView roster(
            @PathVariable String activityId,
            @ModelAttribute("rosterForm") KeyedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        List<String> cards = ScannedCards.many(form.getCardIds());
        RosterRequest request = new RosterRequest(cards);
        pages.validate(request, binding);
        if (binding.hasErrors()) {
            return pages.activityPage(activityId, model, HttpStatus.BAD_REQUEST);
        }
        try {
            ResponseEntity<String> answer =
                    idempotency.executeForm(form.getFormKey(), request, () -> rosters.add(activityId, request));
            pages.awaitReadModel(() -> activities.roster(activityId).stream()
                    .map(line -> line.cardId())
                    .toList()
                    .containsAll(cards));
            return ActivityDeskPages.seeOther(path(activityId), answer, "rostered", flash);
        } catch (RuntimeException failure) {
            return pages.activityPage(activityId, model, ActivityDeskPages.refuse(model, binding, failure, "cardIds"));
        }
    }

    @PostMapping("/scan")
    @PreAuthorize("@access.mayAttendActivity(authentication, #activityId)")
    public ModelAndView scan(
            @PathVariable String activityId,
            @ModelAttribute("scanForm") KeyedForm form,
            BindingResult binding,
            Authentication authentication,
            HttpServletRequest http,
            Model model,
            RedirectAttributes flash) {
        String card = ScannedCards.one(form.getCardId());
        boolean out = "out".equals(form.getDirection());
        AttendeeRequest request = new AttendeeRequest(card, null);
        pages.validate(request, binding);
        HttpStatus status = HttpStatus.OK;
        if (card == null || card.isEmpty()) {
            binding.rejectValue("cardId", "desk.activity.scan.empty");
        }
        if (binding.hasErrors()) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            try {
                ResponseEntity<String> answer = idempotency.executeForm(
                        form.getFormKey(),
                        request,
                        () -> out
                                ? attendances.checkOut(activityId, request, authentication)
                                : attendances.checkIn(activityId, request, authentication));
                String shown = out ? "CHECKED_OUT" : "CHECKED_IN";
                pages.awaitReadModel(() -> activities
                        .line(activityId, card)
                        .filter(line -> line.status().equals(shown))
                        .isPresent());
                if (http.getHeader("HX-Request") == null) {
                    return ActivityDeskPages.seeOther(path(activityId), answer, out ? "out" : "in", flash);
                }
                model.addAttribute("scanned", pages.body(answer));
                model.addAttribute("replayed", answer.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER));
            } catch (RuntimeException failure) {
                status = ActivityDeskPages.refuse(model, binding, failure, "cardId");
            }
        }
        if (http.getHeader("HX-Request") == null) {
            return pages.activityPage(activityId, model, status);
        }
        if (status == HttpStatus.OK) { // the next scan: an empty field and a key of its own
            form.setCardId(null);
            form.setFormKey(FormKeys.issue());
        }
        model.addAttribute("activity", pages.activity(activityId));
        model.addAttribute("roster", activities.roster(activityId));
        model.addAttribute("zone", pages.zone());
        ModelAndView fragment = new ModelAndView("desk/activity-scan");
        fragment.setStatus(status);
        return fragment;
    }

    @PostMapping("/attendance")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ModelAndView attendance(
            @PathVariable String activityId,
            @ModelAttribute("attendanceForm") KeyedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        List<AttendanceRequest.Line> lines = sheet(form.getEntries(), binding);
        AttendanceRequest request = new AttendanceRequest(lines);
        if (!binding.hasErrors()) {
            pages.validate(request, binding);
        }
        if (binding.hasErrors()) {
            return pages.activityPage(activityId, model, HttpStatus.BAD_REQUEST);
        }
        try {
            ResponseEntity<String> answer =
                    idempotency.executeForm(form.getFormKey(), request, () -> attendances.record(activityId, request));
            pages.awaitReadModel(() -> lines.stream()
                    .allMatch(line -> activities.line(activityId, line.cardId()).isPresent()));
            return ActivityDeskPages.seeOther(path(activityId), answer, "attendance", flash);
        } catch (RuntimeException failure) {
            return pages.activityPage(activityId, model, ActivityDeskPages.refuse(model, binding, failure, "entries"));
        }
    }

    @PostMapping("/close")
    @PreAuthorize("@access.mayRunActivity(authentication, #activityId)")
    public ModelAndView close(
            @PathVariable String activityId,
            @ModelAttribute("closeForm") KeyedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            ResponseEntity<String> answer = closes.closeForm(activityId, form.getFormKey());
            pages.awaitReadModel(() -> !pages.activity(activityId).status().equals("OPEN"));
            return ActivityDeskPages.seeOther(path(activityId), answer, "closed", flash);
        } catch (RuntimeException failure) {
            return pages.activityPage(activityId, model, PageRefusals.render(model, binding, failure));
        }
    }

    /** Lines of "card minutes" (the card's id or its QR text); an unreadable line is refused with its number. */
    private static List<AttendanceRequest.Line> sheet(String text, BindingResult binding) {
        List<AttendanceRequest.Line> lines = new ArrayList<>();
        String[] rows = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            String[] parts = row.split("[\\s,;]+");
            Integer minutes = parts.length == 2 && parts[1].matches("[0-9]{1,6}") ? Integer.valueOf(parts[1]) : null;
            if (minutes == null) {
                binding.rejectValue("entries", "desk.activity.attendance.unreadable", new Object[] {i + 1}, null);
                return List.of();
            }
            lines.add(new AttendanceRequest.Line(ScannedCards.one(parts[0]), minutes));
        }
        if (lines.isEmpty()) {
            binding.rejectValue("entries", "desk.activity.attendance.empty");
        }
        return lines;
    }

    private static String path(String activityId) {
        return "/desk/activities/" + activityId;
    }
}
