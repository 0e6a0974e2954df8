package org.pointsbank.core.card.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Credit a card the points of its verified problem report, under the entry id derived from the report
 * ({@link org.pointsbank.core.report.api.ReportEntryIds}), so a second attempt is refused as
 * {@code DUPLICATE_ENTRY_ID}. {@code stationId} is the station that handled the report; {@code occurredOn} the
 * business day of the verification. At most the policy's number of rewarded reports per card and day.
 */
public record CreditProblemReport(
        @TargetAggregateIdentifier String cardId,
        String entryId,
        String stationId,
        String reportId,
        String categoryCode,
        int points,
        LocalDate occurredOn) {

    public CreditProblemReport {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
