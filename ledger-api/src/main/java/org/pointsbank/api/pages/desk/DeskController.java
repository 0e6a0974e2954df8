package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pointsbank.api.pages.shared.CurrentStation;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.security.AccessPolicy;
import org.pointsbank.api.security.LedgerUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The desk ({@code /desk}): the station it works for (an admin picks any, staff one of theirs; kept in the session),
 * the card field (a card's id, or its QR code's text from a scanner, whose Enter submits), issuing a card, and the
 * slot for the station's overview chart. Staff and admins only (the page chain).
 */
@Controller
public class DeskController {

    private final DeskStations stations;
    private final AccessPolicy access;

    public DeskController(DeskStations stations, AccessPolicy access) {
        this.stations = stations;
        this.access = access;
    }

    @GetMapping("/desk")
    public String desk(
            @AuthenticationPrincipal LedgerUser user, HttpSession session, Model model, HttpServletResponse response) {
        HistoryCache.keep(response);
        prepare(model, stations, user, session);
        return "desk/desk";
    }

    /**
     * Chooses the station the desk works for, the only way to (CSRF-protected: no GET changes it): a station that
     * exists and where the user may issue cards, the desk page's own form, by the API's rule ({@code
     * mayIssueCardAt}, as {@code POST /api/v1/cards}); else 403 on the desk page and nothing changes. Each form the
     * desk then shows is still checked by its own API rule for the station it carries.
     */
    @PostMapping("/desk/station")
    public ModelAndView choose(
            @RequestParam(name = "station", required = false) String station,
            @AuthenticationPrincipal LedgerUser user,
            Authentication authentication,
            HttpSession session,
            Model model) {
        if (!stations.mayChoose(user, station) || !access.mayIssueCardAt(authentication, station)) {
            prepare(model, stations, user, session);
            model.addAttribute("stationRefused", true);
            return new ModelAndView("desk/desk", model.asMap(), HttpStatus.FORBIDDEN);
        }
        CurrentStation.choose(session, station);
        return Redirects.seeOther("/desk");
    }

    /** The desk page's model: the stations, the current one, a fresh issue form. */
    static void prepare(Model model, DeskStations stations, LedgerUser user, HttpSession session) {
        String current = stations.current(user, session).orElse(null);
        model.addAttribute("stations", stations.choices(user));
        model.addAttribute("station", current);
        model.addAttribute("stationName", current == null ? null : stations.name(current));
        if (!model.containsAttribute("issue")) {
            model.addAttribute("issue", new IssueCardForm(current, null, null));
        }
        model.addAttribute(FormKeys.FIELD, FormKeys.issue());
    }
}
