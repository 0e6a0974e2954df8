package org.pointsbank.core.category.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask the category for its terms, recording nothing: {@code forNewReport} refuses a retired category
 * ({@code CATEGORY_RETIRED}); without it (a report's acceptance) a retired category still answers its points.
 * Sent through the aggregate, not a read model, so the answer is the category as it is in the log.
 */
public record QuoteReportCategory(@TargetAggregateIdentifier String code, boolean forNewReport) {

    public QuoteReportCategory {
        Objects.requireNonNull(code, "code");
    }
}
