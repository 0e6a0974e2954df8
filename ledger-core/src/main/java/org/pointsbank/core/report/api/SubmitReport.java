package org.pointsbank.core.report.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submit a problem report on behalf of the card {@code cardId}. The caller has checked the category is open
 * ({@link org.pointsbank.core.category.api.QuoteReportCategory}) and found the cell's handling station
 * ({@code stationId}); {@code submittedBy} is the user who filed it (the volunteer, or staff on the holder's behalf).
 * {@code location} and {@code address} are optional.
 */
public record SubmitReport(
        @TargetAggregateIdentifier String reportId,
        String cardId,
        String categoryCode,
        String gridCellId,
        String stationId,
        String description,
        Location location,
        String address,
        String submittedBy) {

    public SubmitReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(gridCellId, "gridCellId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }
}
