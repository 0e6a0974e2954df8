package org.pointsbank.api.report;

import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.LedgerCommands;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.projections.directory.CardDirectory;
import org.pointsbank.projections.report.ProblemReportRepository;
import org.springframework.stereotype.Component;

/**
 * A card's reports, newest first, each as its reader may see it ({@link ReportView}): the API's list and the
 * volunteer's page are the same view.
 */
@Component
public class CardReports {

    private final ProblemReportRepository reports;
    private final CardDirectory cards;

    CardReports(ProblemReportRepository reports, CardDirectory cards) {
        this.reports = reports;
        this.cards = cards;
    }

    /** 404 CARD_NOT_FOUND for a card that does not exist. */
    public List<ReportResponse> ofCard(String cardId, int limit, LedgerUser reader) {
        LedgerCommands.requireCardId(cardId);
        if (cards.stationOfCard(cardId).isEmpty()) {
            throw ApiException.cardNotFound(cardId);
        }
        return reports.ofCard(cardId, limit).stream()
                .map(row -> ReportView.of(row, reader, null, null))
                .toList();
    }
}
