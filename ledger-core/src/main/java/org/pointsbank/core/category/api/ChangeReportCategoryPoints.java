package org.pointsbank.core.category.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the points a verified report of the category earns, for reports accepted from now on. */
public record ChangeReportCategoryPoints(
        @TargetAggregateIdentifier String code, int points) {

    public ChangeReportCategoryPoints {
        Objects.requireNonNull(code, "code");
    }
}
