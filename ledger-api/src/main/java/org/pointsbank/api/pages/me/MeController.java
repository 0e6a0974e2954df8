package org.pointsbank.api.pages.me;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.statement.StatementCsv;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.ranking.RankingCategory;
import org.pointsbank.projections.ranking.RankingLine;
import org.pointsbank.projections.ranking.RankingRepository;
import org.pointsbank.projections.statement.StatementLine;
import org.pointsbank.projections.statement.StatementRepository;
import org.pointsbank.projections.station.StationRepository;
import org.pointsbank.projections.station.StationRow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The volunteer's own card at {@code /me}: balance, available points, this month's rank city-wide and at the card's
 * station, and the statement, 20 lines at a time (htmx "more") or all of it as CSV. Only the signed-in volunteer's
 * card is ever read (no card in any parameter), through the same read models and access rule as {@code GET
 * /api/v1/cards/{cardId}}.
 */
@Controller
@RequestMapping("/me")
public class MeController {

    static final int LINES = 20;
    /** The ranking's longest list: a card further down is shown as "not in the top 1000". */
    static final int RANKED = 1000;

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private final CardBalanceRepository balances;
    private final StatementRepository statements;
    private final RankingRepository rankings;
    private final StationRepository stations;
    private final Clock clock;

    MeController(
            CardBalanceRepository balances,
            StatementRepository statements,
            RankingRepository rankings,
            StationRepository stations,
            Clock clock) {
        this.balances = balances;
        this.statements = statements;
        this.rankings = rankings;
        this.stations = stations;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@access.mayReadCard(authentication, #user.cardId())")
    String me(@AuthenticationPrincipal LedgerUser user, Model model) {
        CardBalance card = card(balances, user);
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("card", card);
        model.addAttribute("stationName", stationName(stations, card.stationId()));
        model.addAttribute("month", month.toString());
        model.addAttribute("cityRank", rankOf(month, null, card.cardId()).orElse(null));
        model.addAttribute(
                "stationRank", rankOf(month, card.stationId(), card.cardId()).orElse(null));
        model.addAttribute("zone", clock.getZone());
        lines(model, card.cardId(), -1);
        return "me/me";
    }

    /** The next 20 lines after {@code after} (a line's sequence), for htmx's "more". */
    @GetMapping("/statement")
    @PreAuthorize("@access.mayReadCard(authentication, #user.cardId())")
    String statement(
            @RequestParam(required = false) String after, @AuthenticationPrincipal LedgerUser user, Model model) {
        CardBalance card = card(balances, user);
        model.addAttribute("zone", clock.getZone());
        lines(model, card.cardId(), position(after));
        return "me/me :: lines";
    }

    /** Every line, as the API's {@code text/csv} statement. */
    @GetMapping("/statement.csv")
    @PreAuthorize("@access.mayReadCard(authentication, #user.cardId())")
    void csv(@AuthenticationPrincipal LedgerUser user, HttpServletResponse response) throws IOException {
        CardBalance card = card(balances, user);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement.csv\"");
        StatementCsv.stream(response, statements, card.cardId(), Instant.EPOCH, END_OF_TIME);
    }

    private void lines(Model model, String cardId, long after) {
        List<StatementLine> page = statements.page(cardId, Instant.EPOCH, END_OF_TIME, after, LINES + 1);
        boolean more = page.size() > LINES;
        List<StatementLine> shown = more ? page.subList(0, LINES) : page;
        model.addAttribute("lines", shown);
        model.addAttribute("nextAfter", more ? shown.get(LINES - 1).sequence() : null);
    }

    private Optional<RankingLine> rankOf(YearMonth month, String stationId, String cardId) {
        return rankings.standings(month, stationId, RankingCategory.ALL, RANKED).stream()
                .filter(line -> line.cardId().equals(cardId))
                .findFirst();
    }

    static CardBalance card(CardBalanceRepository balances, LedgerUser user) {
        return balances.find(user.cardId()).orElseThrow(() -> ApiException.cardNotFound(user.cardId()));
    }

    static String stationName(StationRepository stations, String stationId) {
        return stations.find(stationId).map(StationRow::name).orElse(stationId);
    }

    private static long position(String after) {
        if (after == null || after.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException notANumber) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "after is not a line's position", "after");
        }
    }
}
