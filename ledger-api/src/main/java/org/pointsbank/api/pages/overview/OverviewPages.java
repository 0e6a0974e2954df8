package org.pointsbank.api.pages.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import org.pointsbank.api.overview.CardMonths;
import org.pointsbank.api.overview.CardMonthsResponse;
import org.pointsbank.api.overview.StationMonth;
import org.pointsbank.api.overview.StationOverviewResponse;
import org.pointsbank.api.period.Periods;
import org.pointsbank.api.security.LedgerUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The charts: the station's month on the desk ({@code /desk/overview?station=}) and the volunteer's months on
 * {@code /me} ({@code /me/months}, their own card unless {@code card} names another they may read). The same services
 * and the same JSON as {@code GET /api/v1/stations/{id}/overview} and {@code GET /api/v1/cards/{id}/months}, put in
 * the chart's {@code data-chart} attribute (Thymeleaf escapes it; no fetch: the API chain takes no session cookie).
 * Swapped into the desk and {@code /me} by htmx ({@code HX-Request}: the fragment alone), or a page of its own.
 */
@Controller
public class OverviewPages {

    private final StationMonth stationMonth;
    private final CardMonths cardMonths;
    private final ObjectMapper json;

    public OverviewPages(StationMonth stationMonth, CardMonths cardMonths, ObjectMapper json) {
        this.stationMonth = stationMonth;
        this.cardMonths = cardMonths;
        this.json = json;
    }

    @GetMapping("/desk/overview")
    @PreAuthorize("@access.mayOverseeStation(authentication, #station)")
    String station(
            @RequestParam String station,
            @RequestParam(required = false) String period,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model)
            throws JsonProcessingException {
        YearMonth month =
                period == null || period.isBlank() ? stationMonth.thisMonth() : Periods.parse(period, "period");
        StationOverviewResponse overview = stationMonth.of(station, month, "station");
        model.addAttribute("overview", overview);
        model.addAttribute("chart", json.writeValueAsString(overview));
        return htmx != null ? "overview/station :: chart" : "overview/station-page";
    }

    @GetMapping("/me/months")
    @PreAuthorize("@access.mayReadCard(authentication, #card ?: principal.cardId())")
    String months(
            @RequestParam(required = false) String card,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal LedgerUser user,
            Model model)
            throws JsonProcessingException {
        String cardId = card == null || card.isBlank() ? user.cardId() : card;
        CardMonthsResponse months = cardMonths.of(
                cardId,
                from == null || from.isBlank() ? null : Periods.parse(from, "from"),
                to == null || to.isBlank() ? null : Periods.parse(to, "to"));
        model.addAttribute("months", months);
        model.addAttribute("chart", json.writeValueAsString(months));
        return htmx != null ? "overview/months :: chart" : "overview/months-page";
    }
}
