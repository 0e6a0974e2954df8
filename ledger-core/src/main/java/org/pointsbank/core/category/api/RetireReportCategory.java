package org.pointsbank.core.category.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire a category: it takes no new reports; reports already submitted go on through their lifecycle. */
public record RetireReportCategory(
        @TargetAggregateIdentifier String code) {

    public RetireReportCategory {
        Objects.requireNonNull(code, "code");
    }
}
