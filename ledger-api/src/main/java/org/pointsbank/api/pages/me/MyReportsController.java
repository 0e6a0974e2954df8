package org.pointsbank.api.pages.me;

import java.time.Clock;
import org.pointsbank.api.report.CardReports;
import org.pointsbank.api.security.LedgerUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The volunteer's own problem reports, newest first, with their status and the station's feedback: the API's
 * {@code GET /cards/{cardId}/reports} as the reporter reads it ({@code CardReports}, which leaves out who acted).
 */
@Controller
public class MyReportsController {

    static final int SHOWN = 50;

    private final CardReports reports;
    private final Clock clock;

    MyReportsController(CardReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/me/reports")
    @PreAuthorize("@access.mayReadCard(authentication, #user.cardId())")
    String reports(@AuthenticationPrincipal LedgerUser user, Model model) {
        model.addAttribute("reports", reports.ofCard(user.cardId(), SHOWN, user));
        model.addAttribute("zone", clock.getZone());
        return "me/reports";
    }
}
