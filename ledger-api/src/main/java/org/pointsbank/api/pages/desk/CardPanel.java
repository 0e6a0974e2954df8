package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pointsbank.api.credit.CreditStudySessionRequest;
import org.pointsbank.api.credit.CreditVolunteerHoursRequest;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.pages.shared.FormKeys;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.balance.CardBalance;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.statement.StatementLine;
import org.pointsbank.projections.statement.StatementRepository;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The model of the desk's card page: the card's figures as the API's {@code GET /cards/{id}} reads them (balance,
 * available, lifetime, minutes), its newest statement lines, and fresh credit forms dated today in the business zone
 * at the desk's station. A form that was refused keeps what was typed (it is already in the model).
 */
@Component
class CardPanel {

    /** Statement lines per page of the desk. */
    static final int LINES = 20;

    private final CardBalanceRepository balances;
    private final StatementRepository statements;
    private final DeskStations stations;
    private final Clock clock;

    CardPanel(CardBalanceRepository balances, StatementRepository statements, DeskStations stations, Clock clock) {
        this.balances = balances;
        this.statements = statements;
        this.stations = stations;
        this.clock = clock;
    }

    CardBalance card(String cardId) {
        return balances.find(cardId).orElseThrow(() -> ApiException.cardNotFound(cardId));
    }

    /** Fills the card page's model; answers its view. */
    String show(String cardId, LedgerUser user, HttpSession session, Model model) {
        model.addAttribute("card", card(cardId));
        lines(cardId, Long.MAX_VALUE, model);
        return forms(user, session, model);
    }

    /**
     * The card page for a user who may act for the card at their station but may not read it (the API's
     * {@code canSeeCard}): the forms and this action's refusal or result only, never the card's figures or lines.
     */
    String showRedacted(String cardId, LedgerUser user, HttpSession session, Model model) {
        card(cardId);
        model.addAttribute("redacted", true);
        model.addAttribute("cardId", cardId);
        model.addAttribute("lines", List.of());
        return forms(user, session, model);
    }

    /** After a success shown without a redirect: the next forms start empty, under new keys. */
    static void clearForms(Model model, String... forms) {
        for (String form : forms) {
            model.asMap().remove(form);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
        }
    }

    private String forms(LedgerUser user, HttpSession session, Model model) {
        String station = stations.current(user, session).orElse(null);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("station", station);
        model.addAttribute("stationName", station == null ? null : stations.name(station));
        if (!model.containsAttribute("volunteer")) {
            model.addAttribute("volunteer", new CreditVolunteerHoursRequest(station, null, null, today));
        }
        if (!model.containsAttribute("study")) {
            model.addAttribute("study", new CreditStudySessionRequest(station, null, null, today));
        }
        model.addAttribute("volunteerKey", FormKeys.issue());
        model.addAttribute("studyKey", FormKeys.issue());
        return "desk/card";
    }

    /** A page of statement lines, newest first, before the card sequence {@code before}, and where the next starts. */
    void lines(String cardId, long before, Model model) {
        List<StatementLine> page = statements.newestFirst(cardId, before, LINES + 1);
        boolean more = page.size() > LINES;
        List<StatementLine> shown = more ? page.subList(0, LINES) : page;
        model.addAttribute("cardId", cardId);
        model.addAttribute("lines", shown);
        model.addAttribute("nextBefore", more ? shown.get(LINES - 1).sequence() : null);
    }
}
