package org.pointsbank.core.category.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a category of problem report under a code such as {@code drain-cover}; {@code points} 0–100. */
public record AddReportCategory(@TargetAggregateIdentifier String code, String name, int points, String description) {

    public AddReportCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
