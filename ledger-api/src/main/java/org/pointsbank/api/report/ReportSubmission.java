package org.pointsbank.api.report;

import java.util.UUID;
import org.pointsbank.api.category.CategoryQuotes;
import org.pointsbank.api.grid.HandlingStations;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.core.category.api.CategoryQuote;
import org.pointsbank.core.report.api.SubmitReport;
import org.pointsbank.projections.balance.CardBalanceRepository;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.stereotype.Service;

/**
 * Submitting a problem report on a card, for {@code POST /reports} and for Open311's {@code POST requests.json}. The
 * category is asked, through its aggregate, whether it takes new reports; the grid cell, and its parents up the tree,
 * which station handles reports there; then the report is recorded, naming that station, and the time it was recorded at is read back from its first event
 * (the aggregate's creation answers its id, not the event). The caller runs this inside
 * {@code IdempotentRequests.execute}, so a retry with the same key records nothing new.
 */
@Service
public class ReportSubmission {

    private final LedgerCommands commands;
    private final ReportAccess access;
    private final CardDirectory cards;
    private final CardBalanceRepository balances;
    private final ReportOrigins origins;
    private final CategoryQuotes categories;
    private final HandlingStations handlingStations;

    public ReportSubmission(
            LedgerCommands commands,
            ReportAccess access,
            CardDirectory cards,
            CardBalanceRepository balances,
            ReportOrigins origins,
            CategoryQuotes categories,
            HandlingStations handlingStations) {
        this.categories = categories;
        this.handlingStations = handlingStations;
        this.commands = commands;
        this.access = access;
        this.cards = cards;
        this.balances = balances;
        this.origins = origins;
    }

    /**
     * Submits the report as {@code user}, who must be the volunteer of the card, staff of its station or an admin.
     * Refusals: 404 CARD_NOT_FOUND, 409 CARD_NOT_ACTIVE, 404 CATEGORY_NOT_FOUND, 422 CATEGORY_RETIRED, 404
     * GRID_CELL_NOT_FOUND, 422 NO_HANDLING_STATION.
     */
    public SubmittedReport submit(SubmitReportRequest request, LedgerUser user) {
        access.requireMaySubmitFor(user, request.cardId());
        requireActiveCard(request.cardId());
        CategoryQuote category = categories.forNewReport(request.categoryCode());
        String stationId = handlingStations.handlingStationOf(request.gridCellId());
        String reportId = UUID.randomUUID().toString();
        commands.send(new SubmitReport(
                reportId,
                request.cardId(),
                category.code(),
                request.gridCellId(),
                stationId,
                request.description(),
                request.location() == null ? null : request.location().toCore(),
                request.address(),
                user.getUsername()));
        return new SubmittedReport(
                reportId,
                "SUBMITTED",
                request.cardId(),
                category.code(),
                category.name(),
                category.points(),
                request.gridCellId(),
                stationId,
                request.description(),
                request.location(),
                request.address(),
                origins.require(reportId).submittedAt());
    }

    /**
     * The card exists (its directory is written with the card's own events) and is not closed. Its status is the
     * balance read model's, which follows the log closely: a report on a card closed a moment ago may still be taken,
     * and its reward is then refused by the card itself at verification (CARD_NOT_ACTIVE, recorded on the report).
     */
    private void requireActiveCard(String cardId) {
        LedgerCommands.requireCardId(cardId);
        if (cards.stationOfCard(cardId).isEmpty()) {
            throw ApiException.cardNotFound(cardId);
        }
        balances.find(cardId).filter(card -> "CLOSED".equals(card.status())).ifPresent(closed -> {
            throw ReportProblems.cardNotActive(cardId);
        });
    }
}
